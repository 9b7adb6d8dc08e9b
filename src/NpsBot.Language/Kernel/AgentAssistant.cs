using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using NpsBot.Language.Prompts;
using NpsBot.Language.Redaction;

namespace NpsBot.Language.Kernel;

/// <summary>
/// Suggestions for the agent console through the kernel: prompts/handoff-summary.yaml and prompts/suggest-reply.yaml.
/// The transcript is redacted again here (nothing unredacted reaches a model), each call has the time budget of
/// <see cref="LlmOptions.Timeout"/>, and any failure answers null so the caller uses its offline suggestion.
/// </summary>
public sealed class AgentAssistant
{
    private static readonly TextRedactor Redactor = new();

    private readonly Microsoft.SemanticKernel.Kernel _kernel;
    private readonly KernelFunction _summary;
    private readonly KernelFunction _reply;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;

    public AgentAssistant(Microsoft.SemanticKernel.Kernel kernel, PromptLibrary prompts, TimeSpan timeout, ILogger<AgentAssistant>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        _kernel = kernel;
        _timeout = timeout;
        _logger = logger ?? NullLogger<AgentAssistant>.Instance;
        _summary = KernelFunctionFactory.CreateFromPrompt(prompts.Load(PromptLibrary.HandoffSummary, "transcript", "locale"));
        _reply = KernelFunctionFactory.CreateFromPrompt(prompts.Load(PromptLibrary.SuggestReply, "transcript", "theme", "locale"));
    }

    public Task<string?> SummarizeAsync(string transcript, string locale, CancellationToken cancellationToken) =>
        AskAsync(_summary, new KernelArguments { ["transcript"] = Clean(transcript), ["locale"] = locale }, cancellationToken);

    public Task<string?> SuggestReplyAsync(string transcript, string? theme, string locale, CancellationToken cancellationToken) =>
        AskAsync(_reply, new KernelArguments { ["transcript"] = Clean(transcript), ["theme"] = theme ?? "other", ["locale"] = locale }, cancellationToken);

    private static string Clean(string transcript) =>
        Redactor.Redact(transcript).Replace("---BEGIN TRANSCRIPT---", "", StringComparison.OrdinalIgnoreCase)
            .Replace("---END TRANSCRIPT---", "", StringComparison.OrdinalIgnoreCase);

    private async Task<string?> AskAsync(KernelFunction function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        using var budget = new CancellationTokenSource(_timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            var result = await function.InvokeAsync(_kernel, arguments, linked.Token).WaitAsync(linked.Token);
            var text = result.GetValue<string>()?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ModelFallbackMetrics.Record("timeout");
            _logger.LogWarning("The language model did not answer within {Timeout}; the offline suggestion is used.", _timeout);
        }
#pragma warning disable CA1031 // The model is optional: any failure falls back to the offline suggestion.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            ModelFallbackMetrics.Record("error");
            _logger.LogWarning(exception, "The language model failed; the offline suggestion is used.");
        }

        return null;
    }
}
