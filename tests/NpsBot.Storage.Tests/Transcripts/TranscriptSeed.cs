using NpsBot.Conversations.Runner;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Transcripts;
using NpsBot.Storage.Tests.Insights;

namespace NpsBot.Storage.Tests.Transcripts;

/// <summary>
/// The insights seed plus transcripts: r4 (sms/en, detractor) "Je n'ai jamais reçu mon colis", r5 (sms/fr) "the parcel
/// arrived late", r6 (webchat/en) "colis recu abime" (no accents) with an agent's reply, r2 "great product"; r1, r3, r7 none.
/// </summary>
public static class TranscriptSeed
{
    public static async Task SeedAsync(TestDatabase database)
    {
        await InsightsSeed.SeedAsync(database);
        await using var context = await database.OpenContextAsync();
        // Lines name their conversation by its number (issue 13, disk): a conversation row per response that has lines.
        context.Conversations.AddRange(Conversation("r2", 2), Conversation("r4", 4), Conversation("r5", 5), Conversation("r6", 6));
        context.TranscriptEntries.AddRange(
            Line("r2", TranscriptEntry.Inbound, "great product, thanks", InsightsSeed.Week1),
            Line("r4", TranscriptEntry.Outbound, "Why did you give 3?", InsightsSeed.Week2),
            Line("r4", TranscriptEntry.Inbound, "Je n'ai jamais reçu mon colis", InsightsSeed.Week2.AddMinutes(1)),
            Line("r5", TranscriptEntry.Inbound, "the parcel arrived late and damaged", InsightsSeed.Week2.AddHours(1)),
            Line("r6", TranscriptEntry.Inbound, "colis recu abime", InsightsSeed.Week2.AddHours(2)),
            Line("r6", TranscriptEntry.Outbound, "I am sorry, I will send a new one", InsightsSeed.Week2.AddHours(3), "desk|msg|1", "Ana Agent"));
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);

        // On SQLite a writer indexes its own lines for search (migrations IndexLinesAtCommit, IndexLinesBySecond).
        await using var connection = database.OpenConnection();
        TranscriptLineIndex.IndexPending(connection, null);
    }

    private static ConversationRecord Conversation(string response, long number) => new()
    {
        ConversationKey = $"conv-{response}",
        Number = number,
        Mode = "bot",
        StateJson = "{}",
        Version = 1,
    };

    private static TranscriptEntryRecord Line(string response, string direction, string text, DateTime at, string? activityId = null, string? from = null) => new()
    {
        ConversationNumber = long.Parse(response[1..], System.Globalization.CultureInfo.InvariantCulture),
        Direction = direction,
        ActivityId = activityId,
        Type = "message",
        Text = text,
        RawText = "encrypted-secret-" + response,
        FromName = from,
        At = at,
    };
}
