namespace NpsBot.Recovery.Agents;

/// <summary>No language model: <see cref="ICaseSuggestions"/> answers null and the desk uses <see cref="ExtractiveSummary"/> and the playbook.</summary>
public sealed class OfflineSuggestions : ICaseSuggestions
{
    public Task<string?> SummarizeAsync(string redactedTranscript, string locale, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<string?> SuggestReplyAsync(string redactedTranscript, string? theme, string locale, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
