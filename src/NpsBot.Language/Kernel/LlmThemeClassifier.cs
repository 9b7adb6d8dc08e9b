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

    public LlmThemeClassifier(Microsoft.SemanticKernel.Kernel kernel, PromptLibrary prompts, ThemeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(catalog);
        _kernel = kernel;
        _catalog = catalog;
        _themes = catalog.Describe();
        _function = KernelFunctionFactory.CreateFromPrompt(prompts.Load(PromptLibrary.ClassifyTheme, "themes", "complaint"));
    }

    /// <summary>Asks the model; null when the answer is not a configured theme in the expected JSON. Errors propagate.</summary>
    public async Task<ThemeResult?> TryClassifyAsync(string redactedComplaint, CancellationToken cancellationToken)
    {
        // The delimiters cannot be forged from inside: the marker lines are taken out of the complaint.
        var data = Redactor.Redact(redactedComplaint).Replace("---BEGIN COMPLAINT---", "", StringComparison.OrdinalIgnoreCase)
            .Replace("---END COMPLAINT---", "", StringComparison.OrdinalIgnoreCase);
        var arguments = new KernelArguments { ["themes"] = _themes, ["complaint"] = data };
        var result = await _function.InvokeAsync(_kernel, arguments, cancellationToken);
        return LlmThemeAnswer.Parse(result.GetValue<string>(), _catalog);
    }
}
