using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Handoff;

namespace NpsBot.Storage.Stores;

/// <summary>A conversation's stored transcript lines, redacted (never the encrypted raw text), oldest first.</summary>
public sealed class TranscriptSourceStore(IDbContextFactory<NpsBotDbContext> contexts) : ITranscriptSource
{
    public async Task<IReadOnlyList<TranscriptEntry>> LinesAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Transcripts.TranscriptLines.ReadAsync(context, conversationKey, cancellationToken);
        return [.. rows.Select(r => new TranscriptEntry(r.Direction, r.ActivityId, r.Type, r.Text, r.FromId, r.FromName, SurveyResponseRows.Utc(r.At)))];
    }
}
