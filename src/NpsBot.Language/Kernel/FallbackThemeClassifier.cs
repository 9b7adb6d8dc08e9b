using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NpsBot.Conversations.Language;

namespace NpsBot.Language.Kernel;

/// <summary>
/// Asks the language model first, within a time budget (default 2 s), with the complaint redacted; on a timeout, an error
/// (429, 500, network), malformed JSON or a theme that is not configured, the offline classifier answers instead.
/// </summary>
public sealed class FallbackThemeClassifier(
    LlmThemeClassifier llm,
    IThemeClassifier offline,
    ITextRedactor redactor,
    TimeSpan timeout,
    TimeProvider time,
    ILogger<FallbackThemeClassifier>? logger = null) : IThemeClassifier
{
    private readonly ILogger _logger = logger ?? NullLogger<FallbackThemeClassifier>.Instance;

    public async Task<ThemeResult> ClassifyAsync(string complaint, string? locale, CancellationToken cancellationToken)
    {
        // Nothing unredacted is ever sent to a language model.
        var redacted = redactor.Redact(complaint);
        using var budget = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            var answer = await llm.TryClassifyAsync(redacted, linked.Token).WaitAsync(linked.Token);
            if (answer is not null)
            {
                return answer;
            }

            ModelFallbackMetrics.Record("invalid_answer");
            _logger.LogWarning("The language model's theme answer was not a configured theme in JSON; the offline model answers.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ModelFallbackMetrics.Record("timeout");
            _logger.LogWarning("The language model did not answer within {Timeout}; the offline model answers.", timeout);
        }
#pragma warning disable CA1031 // Any failure of the optional model (HTTP 429/500, network, parsing) must fall back, never fail the turn.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            ModelFallbackMetrics.Record("error");
            _logger.LogWarning(exception, "The language model failed; the offline model answers.");
        }

        return await offline.ClassifyAsync(complaint, locale, cancellationToken);
    }
}
