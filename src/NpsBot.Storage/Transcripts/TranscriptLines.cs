using Microsoft.EntityFrameworkCore;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// A conversation's transcript lines, found by its key: lines hold the conversation's number
/// (<see cref="ConversationRecord.Number"/>), not its key (issue 13, disk). One scalar subquery on the key's index,
/// then the lines' index on the number. Whoever shows lines reads them with <see cref="ReadAsync"/>: a stored line may
/// leave out what the line before it says (<see cref="TranscriptCompaction"/>).
/// </summary>
public static class TranscriptLines
{
    public static IQueryable<TranscriptEntryRecord> Of(NpsBotDbContext context, string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.TranscriptEntries.Where(t => t.ConversationNumber == context.Conversations
            .Where(c => c.ConversationKey == conversationKey).Select(c => c.Number).FirstOrDefault());
    }

    /// <summary>A conversation's whole transcript, oldest first, with what the writer left out put back.</summary>
    public static async Task<List<TranscriptEntryRecord>> ReadAsync(NpsBotDbContext context, string conversationKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = await Of(context, conversationKey).AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        TranscriptCompaction.Restore(lines);
        await RestoreSharedTextsAsync(context, lines, cancellationToken);
        return lines;
    }

    /// <summary>The bot's lines that name a shared text get it back (<see cref="SharedTranscriptTexts"/>).</summary>
    private static async Task RestoreSharedTextsAsync(NpsBotDbContext context, List<TranscriptEntryRecord> lines, CancellationToken cancellationToken)
    {
        var ids = lines.Where(line => line.TextId is not null).Select(line => line.TextId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var texts = await context.TranscriptTexts.AsNoTracking().Where(t => ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Text, cancellationToken);
        foreach (var line in lines)
        {
            if (line.TextId is { } id)
            {
                line.Text = texts.GetValueOrDefault(id);
            }
        }
    }
}
