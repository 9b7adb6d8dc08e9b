using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// A conversation's transcript lines, found by its key: lines hold the conversation's number
/// (<see cref="ConversationRecord.Number"/>), not its key (issue 13, disk). One scalar subquery on the key's index,
/// then the lines' index on the number.
/// </summary>
public static class TranscriptLines
{
    public static IQueryable<TranscriptEntryRecord> Of(NpsBotDbContext context, string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.TranscriptEntries.Where(t => t.ConversationNumber == context.Conversations
            .Where(c => c.ConversationKey == conversationKey).Select(c => c.Number).FirstOrDefault());
    }
}
