using Microsoft.SemanticKernel;
using NpsBot.Conversations.Language;
using NpsBot.Language.Prompts;
using NpsBot.Language.Redaction;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Kernel;

/// <summary>
/// The themes function: prompts/classify-theme.yaml run through the kernel; the complaint goes in as delimited, encoded
/// data, redacted here by the built-in <see cref="TextRedactor"/> whatever the host registered (issue 7: redaction
/// before a language model cannot be turned off), since this is the only place that calls the model.
/// </summary>
public sealed class LlmThemeClassifier
{
    private static readonly TextRedactor Redactor = new();

    private readonly Microsoft.SemanticKernel.Kernel _kernel;
    private readonly KernelFunction _function;
    private readonly ThemeCatalog _catalog;
    private readonly string _themes;
    private readonly string _promptVersion;

    public LlmThemeClassifier(Microsoft.SemanticKernel.Kernel kernel, PromptLibrary prompts, ThemeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(catalog);
        _kernel = kernel;
        _catalog = catalog;
        _themes = catalog.Describe();
        var prompt = prompts.Load(PromptLibrary.ClassifyTheme, "themes", "complaint");
        _promptVersion = ThemeEvidence.Version(prompt.Name ?? PromptLibrary.ClassifyTheme, prompt.Template);
        _function = KernelFunctionFactory.CreateFromPrompt(prompt);
    }

    /// <summary>Asks the model; null when the answer is not a configured theme in the expected JSON. Errors propagate.</summary>
    public async Task<ThemeResult?> TryClassifyAsync(string redactedComplaint, CancellationToken cancellationToken)
    {
        // The delimiters cannot be forged from inside: the marker lines are taken out of the complaint.
        var data = Redactor.Redact(redactedComplaint).Replace("---BEGIN COMPLAINT---", "", StringComparison.OrdinalIgnoreCase)
            .Replace("---END COMPLAINT---", "", StringComparison.OrdinalIgnoreCase);
        var arguments = new KernelArguments { ["themes"] = _themes, ["complaint"] = data };
        var result = await _function.InvokeAsync(_kernel, arguments, cancellationToken);
        var answer = LlmThemeAnswer.Parse(result.GetValue<string>(), _catalog);

        // The quoted evidence is kept only when it really is words of the (redacted) complaint.
        var quote = answer?.Evidence?.Trim().Trim('"', '\'', '«', '»', '“', '”');
        var quoted = !string.IsNullOrEmpty(quote) && data.Contains(quote, StringComparison.OrdinalIgnoreCase) ? quote : null;
        return answer is null ? null : answer with { ModelVersion = _promptVersion, Evidence = quoted };
    }
}
