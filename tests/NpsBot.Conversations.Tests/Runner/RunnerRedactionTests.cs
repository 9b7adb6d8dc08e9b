using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Privacy;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

/// <summary>Issue 7: the runner redacts where the customer's text enters, so nothing after it sees the raw words.</summary>
public sealed class RunnerRedactionTests
{
    private const string Secret = "4111 1111 1111 1111";
    private readonly InMemoryTurnStore _store = new();

    private static Activity Message(string id, string text) => new()
    {
        Type = ActivityTypes.Message, Id = id, ChannelId = "test", Text = text, Speak = text, Summary = text,
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "user" }, Recipient = new ChannelAccount { Id = "bot" },
    };

    [Fact]
    public async Task The_bot_its_state_replies_records_and_transcript_see_only_redacted_text()
    {
        var bot = new QuotingBot();
        var runner = new ConversationRunner(bot, _store, new SecretRedactor(), TimeProvider.System, new KeyedGate(), new ReversingProtector());

        var result = await runner.RunTurnAsync(Message("1", $"my card is {Secret}"), new TurnOrigin(KeySpaces.BotFramework), TestContext.Current.CancellationToken);

        Assert.Equal("my card is [card]", bot.Seen);
        Assert.Equal("you said: my card is [card]", result.Replies.Single().Text);
        var commit = _store.Commits.Single();
        Assert.DoesNotContain(Secret, commit.StateJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, commit.RepliesJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, JsonSerializer.Serialize(commit.Inbound, ActivityJson.Options), StringComparison.Ordinal);
        Assert.Equal("my card is [card]", commit.Records.Single());
        Assert.All(commit.Transcript, line => Assert.DoesNotContain(Secret, line.Text, StringComparison.Ordinal));
        Assert.Equal(ReversingProtector.Reverse($"my card is {Secret}"), commit.Transcript[0].ProtectedRawText);
        Assert.Null(commit.Transcript[1].ProtectedRawText);
    }

    [Fact]
    public async Task Text_that_redaction_leaves_alone_and_hosts_that_keep_no_raw_text_store_no_raw_copy()
    {
        var keeping = new ConversationRunner(new QuotingBot(), _store, new SecretRedactor(), TimeProvider.System, new KeyedGate(), new ReversingProtector());
        var notKeeping = new ConversationRunner(new QuotingBot(), _store, new SecretRedactor(), TimeProvider.System, new KeyedGate());

        await keeping.RunTurnAsync(Message("1", "nothing personal"), new TurnOrigin(KeySpaces.BotFramework), TestContext.Current.CancellationToken);
        await notKeeping.RunTurnAsync(Message("2", $"card {Secret}"), new TurnOrigin(KeySpaces.BotFramework), TestContext.Current.CancellationToken);

        Assert.All(_store.Commits.SelectMany(commit => commit.Transcript), line => Assert.Null(line.ProtectedRawText));
        Assert.Equal("card [card]", _store.Commits[1].Transcript[0].Text);
    }

    private sealed class SecretRedactor : ITextRedactor
    {
        public string Redact(string text) => text.Replace(Secret, "[card]", StringComparison.Ordinal);
    }

    private sealed class ReversingProtector : ITextProtector
    {
        public static string Reverse(string text) => new([.. text.Reverse()]);

        public string? Protect(string text) => Reverse(text);

        public string Unprotect(string protectedText) => Reverse(protectedText);
    }

    /// <summary>Keeps the text in state, quotes it in a reply and records it, as the survey does with a reason.</summary>
    private sealed class QuotingBot : IBot
    {
        public string? Seen { get; private set; }

        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Seen = turn.Activity.Text;
            turn.State.Values["reason"] = JsonSerializer.SerializeToElement(turn.Activity.Text);
            turn.State.Values["speak"] = JsonSerializer.SerializeToElement(turn.Activity.Speak + turn.Activity.Summary);
            turn.SendText($"you said: {turn.Activity.Text}");
            turn.AddRecord(turn.Activity.Text!);
            return Task.CompletedTask;
        }
    }
}
