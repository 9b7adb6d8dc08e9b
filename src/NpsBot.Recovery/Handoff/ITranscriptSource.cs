using NpsBot.Conversations.Runner;

namespace NpsBot.Recovery.Handoff;

/// <summary>A conversation's stored transcript, redacted, oldest first (the storage implements it).</summary>
public interface ITranscriptSource
{
    Task<IReadOnlyList<TranscriptEntry>> LinesAsync(string conversationKey, CancellationToken cancellationToken);
}
