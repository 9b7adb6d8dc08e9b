using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;
using NpsBot.Language.Intents;
using NpsBot.Language.Redaction;
using NpsBot.Language.Scores;
using NpsBot.Language.Sentiment;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Desk;
using NpsBot.Recovery.Playbooks;
using NpsBot.Surveys.Survey;

namespace NpsBot.Recovery.Tests.Support;

/// <summary>
/// The real survey with real recovery (dialogs/playbooks.yaml, the business-hours clock) and the offline language services
/// (scores, cues in six languages, redaction, escalation cues); only the theme guess is fixed. Each turn goes through
/// <see cref="NpsSurveyBot.OnTurnAsync"/> with the state serialized in between, as the runner does.
/// </summary>
internal sealed class RecoveryTranscript
{
    private static readonly string Dialogs = Path.Combine(AppContext.BaseDirectory, "dialogs");
    private static readonly Lazy<SurveyDefinitions> LoadedSurvey = new(() => NpsSurveyDefinitions.Load(Dialogs));
    private static readonly Lazy<PlaybookCatalog> LoadedPlaybooks = new(() => PlaybookCatalog.Load(Dialogs));

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private readonly List<object> _records = [];
    private readonly NpsSurveyBot _bot;
    private readonly string _channelId;
    private readonly ChannelAccount _customer;
    private string _stateJson = JsonSerializer.Serialize(new ConversationState(), DialogJson.Options);
    private int _turn;

    public RecoveryTranscript(
        string locale = "en-US", string theme = "delivery", string? customerName = "Ana Ruiz", DateTimeOffset? start = null, string channelId = "webchat")
    {
        Locale = locale;
        _channelId = channelId;
        Clock = new FakeClock(start ?? Times.TuesdayAfternoon);
        _customer = new ChannelAccount { Id = "customer-42", Name = customerName, Role = RoleTypes.User };
        var scores = new ScoreRecognizer();
        Desk = new RecoveryDesk(Playbooks, new RecoveryOptions());
        _bot = new NpsSurveyBot(LoadedSurvey.Value, scores, new IntentDetector(scores), new SurveyOptions(), new SurveyServices
        {
            Redactor = new TextRedactor(),
            Themes = new FixedThemes(theme),
            Sentiment = new SentimentAnalyzer(),
            Recovery = Desk,
        });
    }

    public static PlaybookCatalog Playbooks => LoadedPlaybooks.Value;

    public static LocaleWording WordingFor(string locale) => LoadedSurvey.Value.Wording.For(locale);

    public string Locale { get; }

    public RecoveryDesk Desk { get; }

    public FakeClock Clock { get; }

    public List<Activity> AllReplies { get; } = [];

    public List<WorkRequest> Work { get; } = [];

    public ConversationState State => JsonSerializer.Deserialize<ConversationState>(_stateJson, DialogJson.Options)!;

    /// <summary>The survey as the store keeps it (the last record of its key).</summary>
    public SurveyResponse Response => _records.OfType<SurveyResponse>().Last();

    /// <summary>The case as the store keeps it: status and clocks from its first record, the rest from its last.</summary>
    public SupportCase? Case => _records.OfType<SupportCase>().FirstOrDefault() is { } first
        ? _records.OfType<SupportCase>().Last() with { Status = first.Status, FirstContactDue = first.FirstContactDue, ResolutionDue = first.ResolutionDue }
        : null;

    public IReadOnlyList<CaseEvent> Events => [.. _records.OfType<CaseEvent>()];

    public Task<IReadOnlyList<Activity>> JoinAsync() => TurnAsync(Inbound(ActivityTypes.ConversationUpdate) with { MembersAdded = [_customer] });

    public Task<IReadOnlyList<Activity>> SendAsync(string text) => TurnAsync(Inbound(ActivityTypes.Message) with { Text = text });

    /// <summary>Everything the turns stored, in order.</summary>
    public IReadOnlyList<object> Records => _records;

    /// <summary>An event of the agent desk: internal (as the desk injects it) or as a client would post it.</summary>
    public Task<IReadOnlyList<Activity>> DeskEventAsync(string name, NpsBot.Surveys.Handback.DeskEventValue value, bool isInternal = true) =>
        TurnAsync(
            Inbound(ActivityTypes.Event) with { Name = name, Value = JsonSerializer.SerializeToElement(value, WebJson) },
            isInternal);

    /// <summary>Joins and walks to the theme question: score, reason, follow-up answer.</summary>
    public async Task<IReadOnlyList<Activity>> ToThemeQuestionAsync(int score = 3, string reason = "It was not good", string followUp = "Yes")
    {
        await JoinAsync();
        await SendAsync(score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await SendAsync(reason);
        return await SendAsync(followUp);
    }

    private async Task<IReadOnlyList<Activity>> TurnAsync(Activity activity, bool isInternal = false)
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        var state = JsonSerializer.Deserialize<ConversationState>(_stateJson, DialogJson.Options)!;
        var turn = new TurnContext(activity, state, ChannelCapabilities.For(_channelId), Clock)
        {
            ConversationKey = ConversationKeys.For(KeySpaces.BotFramework, activity),
            IsInternal = isInternal,
        };

        await _bot.OnTurnAsync(turn, TestContext.Current.CancellationToken);

        _stateJson = JsonSerializer.Serialize(state, DialogJson.Options);
        AllReplies.AddRange(turn.Replies);
        _records.AddRange(turn.Records);
        Work.AddRange(turn.Work);
        return turn.Replies;
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
