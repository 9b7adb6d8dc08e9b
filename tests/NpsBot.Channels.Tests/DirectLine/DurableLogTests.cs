using System.Text;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Testing.Hosting;
using static NpsBot.Testing.Bots.SurveyExpectations;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>
/// Issue 7: the activity log is in the database. A restarted server (same data folder) keeps every watermark, a client
/// resumes from its own and gets what it missed and nothing twice, and the customer's words are stored encrypted.
/// </summary>
public sealed class DurableLogTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("npsbot-restart-").FullName;

    [Fact]
    public async Task After_a_restart_a_client_resumes_with_its_watermark_and_the_survey_goes_on()
    {
        ConversationInfo conversation;
        string watermark;
        string scoreId;
        using (var before = new RealSurveyApplicationFactory { DataDirectory = _dataDirectory })
        {
            var client = new DirectLineClient(before);
            conversation = await client.StartWithWebChatTokenAsync();
            scoreId = await client.PostMessageAsync(conversation, "6", "client-score");
            watermark = (await client.GetActivitiesAsync(conversation)).Watermark!;
        }

        using var after = new RealSurveyApplicationFactory { DataDirectory = _dataDirectory };
        var resumed = new DirectLineClient(after);
        var missedNothing = await resumed.GetActivitiesAsync(conversation, watermark);
        var reasonId = await resumed.PostMessageAsync(conversation, "Slow delivery.", "client-reason");
        var next = await resumed.GetActivitiesAsync(conversation, watermark);
        var all = (await resumed.GetActivitiesAsync(conversation)).Activities;

        Assert.Empty(missedNothing.Activities);
        Assert.Equal(watermark, missedNothing.Watermark);
        Assert.Equal($"{conversation.ConversationId}|{long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture) + 1:D7}", reasonId);
        Assert.Equal(reasonId, next.Activities[0].Id);
        Assert.Matches(Said(FollowUpKey("delivery")), next.Activities[^1].Text!);
        Assert.Equal(all.Count, all.Select(activity => activity.Id).Distinct().Count());
        Assert.Contains(all, activity => activity.ReplyToId == scoreId && activity.Text is { } text && Said(K.DetractorAskReason).IsMatch(text));
    }

    [Fact]
    public async Task After_a_restart_a_stream_opened_with_the_last_watermark_replays_only_what_came_after_it()
    {
        ConversationInfo conversation;
        string watermark;
        using (var before = new RealSurveyApplicationFactory { DataDirectory = _dataDirectory })
        {
            var client = new DirectLineClient(before);
            conversation = await client.StartWithWebChatTokenAsync();
            using var socket = await client.ConnectAsync(conversation.StreamUrl!);
            watermark = (await DirectLineClient.ReceiveSetAsync(socket)).Watermark!;
        }

        using var after = new RealSurveyApplicationFactory { DataDirectory = _dataDirectory };
        var resumed = new DirectLineClient(after);
        var id = await resumed.PostMessageAsync(conversation, "10", "client-score");
        using var response = await resumed.SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}?watermark={watermark}", conversation.Token);
        var reconnected = (await DirectLineClient.ReadAsync<ConversationInfo>(response))!;
        using var stream = await resumed.ConnectAsync(reconnected.StreamUrl!);
        var replayed = await DirectLineClient.ReceiveUntilAsync(stream, activity => activity.ReplyToId == id);

        Assert.Equal(id, replayed[0].Id);
        Assert.Matches(Said(K.PromoterAskLikeMost), replayed[^1].Text!);
    }

    [Fact]
    public async Task What_the_customer_typed_is_stored_encrypted()
    {
        const string Typed = "my card is 4111 1111 1111 1111 and mail alex@example.com";
        using var server = new RealSurveyApplicationFactory { DataDirectory = _dataDirectory };
        var client = new DirectLineClient(server);
        var conversation = await client.StartWithWebChatTokenAsync();

        await client.PostMessageAsync(conversation, Typed, "client-secret");

        var payloads = await LogDatabase.PayloadsAsync(_dataDirectory, conversation.ConversationId);
        Assert.NotEmpty(payloads);
        Assert.DoesNotContain(payloads, payload => Encoding.UTF8.GetString(payload).Contains("4111", StringComparison.Ordinal));
        Assert.Contains((await client.GetActivitiesAsync(conversation)).Activities, activity => activity.Text == Typed);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
