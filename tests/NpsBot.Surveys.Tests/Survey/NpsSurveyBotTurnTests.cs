using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Survey;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class NpsSurveyBotTurnTests
{
    [Fact]
    public async Task A_customer_joining_is_greeted_by_first_name_and_asked_for_a_score_with_buttons()
    {
        var transcript = new SurveyTranscript(customerName: "Ana Ruiz");

        await transcript.Join().Expect(K.Greeting, K.AskScore).RunAsync();

        var (greeting, question) = (transcript.LastReplies[0], transcript.LastReplies[1]);
        Assert.Contains("Ana", greeting.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ruiz", greeting.Text, StringComparison.Ordinal);
        Assert.Equal(InputHints.AcceptingInput, greeting.InputHint);
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(transcript.LastReplies, reply => Assert.Equal("customer-42", reply.Recipient!.Id));
        Assert.True(transcript.State.Started);
    }

    [Theory]
    [InlineData("User")]
    [InlineData("dl_3f9a1c")]
    [InlineData(null)]
    public async Task A_generic_or_id_like_name_gets_the_greeting_without_a_name(string? name)
    {
        var transcript = new SurveyTranscript(customerName: name);

        await transcript.Join().Expect(K.GreetingAnonymous, K.AskScore).RunAsync();

        Assert.Empty(transcript.Responses);
    }

    [Fact]
    public async Task Only_the_bot_joining_starts_nothing()
    {
        var transcript = new SurveyTranscript();
        var botJoins = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount { Id = "npsbot" }],
            Recipient = new ChannelAccount { Id = "npsbot" },
            Conversation = new ConversationAccount { Id = "conversation-1" },
        };

        await transcript.Turn(botJoins).RunAsync();

        Assert.Empty(transcript.LastReplies);
        Assert.False(transcript.State.Started);
    }

    [Fact]
    public async Task A_second_join_does_not_greet_twice()
    {
        var transcript = new SurveyTranscript();

        await transcript.Join().Join().RunAsync();

        Assert.Empty(transcript.LastReplies);
        Assert.Equal(2, transcript.AllReplies.Count);
    }

    [Fact]
    public async Task A_first_message_without_a_join_starts_the_survey()
    {
        var transcript = new SurveyTranscript(channelId: "sms");

        await transcript.Send("hi").Expect(K.Greeting, K.AskScore).RunAsync();

        Assert.Single(transcript.State.Dialogs.DialogStack);
    }

    [Fact]
    public async Task Typing_and_unknown_activities_get_no_reply_and_change_nothing()
    {
        var transcript = new SurveyTranscript();
        await transcript.Join().RunAsync();
        var before = transcript.State.Dialogs.DialogStack[0].State.ToJsonString();

        await transcript
            .Turn(new Activity { Type = ActivityTypes.Typing, Conversation = new ConversationAccount { Id = "conversation-1" } })
            .Expect(replies => Assert.Empty(replies))
            .Turn(new Activity { Type = "somethingNew", Conversation = new ConversationAccount { Id = "conversation-1" } })
            .Expect(replies => Assert.Empty(replies))
            .RunAsync();

        Assert.Equal(before, transcript.State.Dialogs.DialogStack[0].State.ToJsonString());
    }

    [Fact]
    public async Task The_bot_is_silent_while_an_agent_has_the_conversation()
    {
        var bot = NpsSurveyBot.CreateDefault(new SurveyOptions());
        var state = new ConversationState { Mode = ConversationModes.Agent };
        var message = new Activity { Type = ActivityTypes.Message, Text = "hello?", Conversation = new ConversationAccount { Id = "c1" } };
        var turn = new TurnContext(message, state, ChannelCapabilities.Rich, TimeProvider.System);

        await bot.OnTurnAsync(turn, TestContext.Current.CancellationToken);

        Assert.Empty(turn.Replies);
        Assert.False(state.Started);
    }

    [Fact]
    public async Task The_default_bot_loads_the_dialogs_folder_next_to_the_application()
    {
        var bot = NpsSurveyBot.CreateDefault(new SurveyOptions());
        var join = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount { Id = "customer" }],
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "c1" },
        };
        var turn = new TurnContext(join, new ConversationState(), ChannelCapabilities.Rich, TimeProvider.System);

        await bot.OnTurnAsync(turn, TestContext.Current.CancellationToken);

        Assert.Equal(2, turn.Replies.Count);
        Assert.True(WordingMatch.Matches(SurveyTranscript.Definitions.Wording.For("en"), K.AskScore, turn.Replies[1].Text));
    }

    [Fact]
    public async Task End_of_conversation_cancels_the_survey()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("9")
            .Turn(new Activity { Type = ActivityTypes.EndOfConversation, Conversation = new ConversationAccount { Id = "conversation-1" } })
            .RunAsync();

        Assert.Empty(transcript.LastReplies);
        Assert.Empty(transcript.State.Dialogs.DialogStack);
    }

    [Fact]
    public async Task Writing_after_a_finished_survey_gets_a_short_note_and_restart_begins_a_new_one()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join().Send("8").Send("Cheaper prices")
            .Send("hello again").Expect(K.AlreadyDone)
            .Send("restart").Expect(K.Greeting, K.AskScore)
            .Send("10").Send("Everything").RunAsync();

        Assert.Equal([8, 10], transcript.Responses.Select(r => r.Score));
    }

    [Fact]
    public async Task The_response_carries_channel_customer_locale_and_times_from_the_turn_clock()
    {
        var transcript = new SurveyTranscript(locale: "en-GB");
        await transcript.Join().RunAsync();
        var started = transcript.Clock.Now;

        await transcript.Send("7").Send("More stock").RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal("webchat", response.ChannelId);
        Assert.Equal(ConversationKeys.For(KeySpaces.BotFramework, "webchat", "conversation-1"), response.ConversationKey);
        Assert.Equal(("customer-42", "Ana Ruiz"), (response.CustomerId, response.CustomerName));
        Assert.Equal("en-GB", response.Locale);
        Assert.Equal(started, response.StartedAt);
        Assert.Equal(transcript.Clock.Now, response.CompletedAt);
        Assert.True(response.CompletedAt > response.StartedAt);
    }

    [Fact]
    public async Task Theme_and_sentiment_of_the_reason_are_recorded_when_those_services_are_given()
    {
        var transcript = new SurveyTranscript(themes: new FixedTheme(), sentiment: new FixedSentiment());

        await transcript.Join().Send("1").Send("Parcel was late").Send("A week").Send("no").RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal(("delivery:Parcel was late", 0.9, -0.8), (response.Theme, response.ThemeConfidence, response.Sentiment));
    }

    [Fact]
    public async Task A_promoters_answer_gets_sentiment_but_no_theme_since_it_is_not_a_complaint()
    {
        var transcript = new SurveyTranscript(themes: new FixedTheme(), sentiment: new FixedSentiment());

        await transcript.Join().Send("10").Send("The staff are lovely").RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Null(response.Theme);
        Assert.Equal(-0.8, response.Sentiment);
    }

    private sealed class FixedTheme : IThemeClassifier
    {
        public Task<ThemeResult> ClassifyAsync(string complaint, string? locale, CancellationToken cancellationToken) =>
            Task.FromResult(new ThemeResult($"delivery:{complaint}", 0.9, null, "test"));
    }

    private sealed class FixedSentiment : ISentimentAnalyzer
    {
        public SentimentResult Analyze(string text, string? locale) => new(-0.8, false, []);
    }
}
