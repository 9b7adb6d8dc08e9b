namespace NpsBot.Recovery.Agents;

/// <summary>
/// A language model's help for the agent (Semantic Kernel prompts handoff-summary.yaml and suggest-reply.yaml): null
/// when no model is configured or it failed, and the desk falls back to its offline suggestions. Only redacted text goes in.
/// </summary>
public interface ICaseSuggestions
{
    Task<string?> SummarizeAsync(string redactedTranscript, string locale, CancellationToken cancellationToken);

    Task<string?> SuggestReplyAsync(string redactedTranscript, string? theme, string locale, CancellationToken cancellationToken);
}
