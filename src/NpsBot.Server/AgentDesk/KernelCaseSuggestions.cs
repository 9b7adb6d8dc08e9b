using NpsBot.Language.Kernel;
using NpsBot.Recovery.Agents;

namespace NpsBot.Server.AgentDesk;

/// <summary>The desk's suggestions from the language model (Semantic Kernel prompts), null when none is configured or it fails.</summary>
public sealed class KernelCaseSuggestions(AgentAssistant? assistant = null) : ICaseSuggestions
{
    public Task<string?> SummarizeAsync(string redactedTranscript, string locale, CancellationToken cancellationToken) =>
        assistant is null ? Task.FromResult<string?>(null) : assistant.SummarizeAsync(redactedTranscript, locale, cancellationToken);

    public Task<string?> SuggestReplyAsync(string redactedTranscript, string? theme, string locale, CancellationToken cancellationToken) =>
        assistant is null ? Task.FromResult<string?>(null) : assistant.SuggestReplyAsync(redactedTranscript, theme, locale, cancellationToken);
}
