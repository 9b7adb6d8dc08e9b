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
        var rows = await Transcripts.TranscriptLines.Of(context, conversationKey).AsNoTracking()
            .OrderBy(t => t.Id)
            .Select(t => new { t.Direction, t.ActivityId, t.Type, t.Text, t.FromId, t.FromName, t.At })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TranscriptEntry(r.Direction, r.ActivityId, r.Type, r.Text, r.FromId, r.FromName, SurveyResponseRows.Utc(r.At)))];
    }
}
