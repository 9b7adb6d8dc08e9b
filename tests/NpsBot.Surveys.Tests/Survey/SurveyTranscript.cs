using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Interruptions;
using NpsBot.Surveys.Recovery;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// A transcript test in the style of BotBuilder's TestFlow: <c>Join().Expect(keys).Send("3").Expect(keys)...</c>, then RunAsync.
/// Each turn goes straight through <see cref="NpsSurveyBot.OnTurnAsync"/> with the conversation state serialized to JSON
/// and back in between, as the runner does. Replies are checked against wording keys, not exact sentences.
/// </summary>
internal sealed class SurveyTranscript
{
    private static readonly Lazy<SurveyDefinitions> Loaded = new(() => NpsSurveyDefinitions.Load(Path.Combine(AppContext.BaseDirectory, "dialogs")));

    private readonly List<Func<Task>> _steps = [];
    private readonly List<object> _records = [];
    private readonly NpsSurveyBot _bot;
    private readonly string _channelId;
    private readonly ChannelAccount _customer;
    private string _stateJson = JsonSerializer.Serialize(new ConversationState(), DialogJson.Options);
    private int _turn;

    public SurveyTranscript(
        string locale = "en-US",
        string channelId = "webchat",
        string? customerName = "Ana Ruiz",
        SurveyOptions? options = null,
        IThemeClassifier? themes = null,
        ISentimentAnalyzer? sentiment = null,
        IRecoveryDesk? recovery = null,
        ITextRedactor? redactor = null,
        IScoreRecognizer? scores = null)
    {
        Locale = locale;
        _channelId = channelId;
        _customer = new ChannelAccount { Id = "customer-42", Name = customerName, Role = RoleTypes.User };
        _bot = new NpsSurveyBot(Definitions, scores ?? new DigitScoreRecognizer(), new KeywordIntentDetector(), options ?? new SurveyOptions(), new SurveyServices
        {
            Themes = themes,
            Sentiment = sentiment,
            Recovery = recovery ?? NoRecoveryDesk.Instance,
            Redactor = redactor ?? new NoRedaction(),
        });
    }

    public static SurveyDefinitions Definitions => Loaded.Value;

    public string Locale { get; }

    public LocaleWording Wording => Definitions.Wording.For(Locale);

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public IReadOnlyList<Activity> LastReplies { get; private set; } = [];

    public List<Activity> AllReplies { get; } = [];

    /// <summary>Each survey as the store keeps it: the last record of each response key (a survey is recorded at every answer).</summary>
    public IReadOnlyList<SurveyResponse> Responses => [.. _records.OfType<SurveyResponse>().GroupBy(r => r.ResponseKey).Select(g => g.Last())];

    /// <summary>Every record the turns produced, in order (responses at each answer, cases, case events).</summary>
    public IReadOnlyList<object> Records => _records;

    /// <summary>Every job the turns scheduled, in order.</summary>
    public List<Conversations.Work.WorkRequest> Work { get; } = [];

    public ConversationState State => JsonSerializer.Deserialize<ConversationState>(_stateJson, DialogJson.Options)!;

    /// <summary>The customer opens the chat: a conversationUpdate adding them.</summary>
    public SurveyTranscript Join() => Turn(Inbound(ActivityTypes.ConversationUpdate) with { MembersAdded = [_customer] });

    public SurveyTranscript Send(string text) => Turn(Inbound(ActivityTypes.Message) with { Text = text });

    public SurveyTranscript Turn(Activity activity)
    {
        _steps.Add(() => RunTurnAsync(activity));
        return this;
    }

    /// <summary>The last turn's replies are exactly these wording keys, in order.</summary>
    public SurveyTranscript Expect(params string[] keys) => Expect(replies =>
    {
        Assert.True(
            replies.Count == keys.Length,
            $"Expected {keys.Length} replies ({string.Join(", ", keys)}) but got {replies.Count}: {string.Join(" | ", replies.Select(r => r.Text))}");
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(WordingMatch.Matches(Wording, keys[i], replies[i].Text), $"Reply {i} should be '{keys[i]}' but was: {replies[i].Text}");
        }
    });

    public SurveyTranscript Expect(Action<IReadOnlyList<Activity>> check)
    {
        _steps.Add(() =>
        {
            check(LastReplies);
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task<SurveyTranscript> RunAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }

        _steps.Clear();
        return this;
    }

    private async Task RunTurnAsync(Activity activity)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        var state = JsonSerializer.Deserialize<ConversationState>(_stateJson, DialogJson.Options)!;
        var turn = new TurnContext(activity, state, ChannelCapabilities.For(_channelId), Clock)
        {
            ConversationKey = ConversationKeys.For(KeySpaces.BotFramework, activity),
        };

        await _bot.OnTurnAsync(turn, TestContext.Current.CancellationToken);

        _stateJson = JsonSerializer.Serialize(state, DialogJson.Options);
        LastReplies = turn.Replies;
        AllReplies.AddRange(turn.Replies);
        _records.AddRange(turn.Records);
        Work.AddRange(turn.Work);
    }

    private Activity Inbound(string type) => new()
    {
        Type = type,
        Id = $"activity-{++_turn}",
        ChannelId = _channelId,
        Locale = Locale,
        From = _customer,
        Recipient = new ChannelAccount { Id = "npsbot", Name = "NpsBot", Role = RoleTypes.Bot },
        Conversation = new ConversationAccount { Id = "conversation-1" },
        ServiceUrl = "https://channel.invalid/",
    };
}
