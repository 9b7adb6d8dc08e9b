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
        return lines;
    }
}
