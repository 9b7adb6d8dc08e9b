using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;
using NpsBot.Surveys.FollowUps;
using NpsBot.Surveys.Handback;
using NpsBot.Surveys.Interruptions;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Survey;

/// <summary>
/// The survey bot the runner calls each turn: starts the survey when a customer joins (or writes first), passes messages to
/// the active dialog, ignores typing and unknown activities, and cancels on endOfConversation. Silent while an agent has the
/// conversation. Replies only through the turn.
/// </summary>
public sealed class NpsSurveyBot : IBot
{
    private readonly DialogSet _dialogs = new();
    private readonly WordingCatalog _wording;
    private readonly Fatigue.ISurveyGate _gate;
    private readonly IFollowUpSurveys _followUps;

    public NpsSurveyBot(
        SurveyDefinitions definitions,
        IScoreRecognizer scores,
        IIntentDetector intents,
        SurveyOptions options,
        SurveyServices? services = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        _wording = definitions.Wording;
        services ??= new SurveyServices();
        _gate = services.Gate;
        _followUps = services.FollowUps;
        _dialogs.Add(new NpsSurveyDialog(definitions, scores, intents, options, services));
        _dialogs.Add(new HelpRatingDialog(definitions.Wording));
    }

    /// <summary>Composes the bot from loaded definitions and the language services (theme and sentiment are optional).</summary>
    public static NpsSurveyBot Create(
        SurveyDefinitions definitions,
        IScoreRecognizer scores,
        IIntentDetector intents,
        IThemeClassifier? themes,
        ISentimentAnalyzer? sentiment,
        SurveyOptions options) =>
        new(definitions, scores, intents, options, new SurveyServices { Themes = themes, Sentiment = sentiment });

    /// <summary>The bot with the offline defaults (digits-only scores, keyword cues), loading <see cref="SurveyOptions.DialogsDirectory"/>.</summary>
    public static NpsSurveyBot CreateDefault(SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.Combine(AppContext.BaseDirectory, options.DialogsDirectory);
        return new NpsSurveyBot(NpsSurveyDefinitions.Load(directory), new DigitScoreRecognizer(), new KeywordIntentDetector(), options);
    }

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ConversationLocale.Remember(turn);

        // The agent desk's events are obeyed only on its internal turns; the same names from a client change nothing.
        if (turn.IsInternal)
        {
            await OnDeskEventAsync(turn, cancellationToken);
            return;
        }

        // After a handoff a human agent answers; the bot stays quiet until the conversation is back in bot mode.
        if (turn.State.Mode != ConversationModes.Bot)
        {
            return;
        }

        // A survey is one person's: in a group chat or a channel (Teams) the bot says so once when added, and again
        // when addressed, and asks nothing.
        if (ConversationScope.IsShared(turn.Activity))
        {
            if (turn.Activity.IsMessage || ConversationScope.BotAdded(turn.Activity))
            {
                turn.Send(_wording.For(turn).Message(SurveyKeys.PersonalOnly));
            }

            return;
        }

        var dc = _dialogs.CreateContext(turn);
        switch (turn.Activity.Type)
        {
            // Installing the app in a personal scope (Teams: conversationUpdate adding the bot, installationUpdate "add")
            // starts the survey, as a customer joining a web chat does.
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate
                when (CustomerJoined(turn.Activity) || ConversationScope.InstalledInPersonalChat(turn.Activity)) && !turn.State.Started:
                // A follow-up due for a closed case comes first (a later visit in a new conversation); otherwise a customer
                // who opted out, has a case open, was handed off or surveyed lately is not asked: nothing is said.
                if (await OfferFollowUpAsync(dc, cancellationToken))
                {
                    break;
                }

                if (await _gate.RefusalAsync(turn, cancellationToken) is null)
                {
                    await BeginSurveyAsync(dc, cancellationToken);
                }

                break;
            case ActivityTypes.Event when turn.Activity.Name == SurveyEvents.Invite:
                // Proactive: a survey in progress is not interrupted; a follow-up due for a closed case comes first (the
                // re-survey that closes the loop), otherwise the same rules as a customer joining apply.
                if (await OfferFollowUpAsync(dc, cancellationToken))
                {
                    break;
                }

                if (dc.ActiveDialog is null && await _gate.RefusalAsync(turn, cancellationToken) is null)
                {
                    await BeginSurveyAsync(dc, cancellationToken);
                }

                break;
            case ActivityTypes.ConversationUpdate when CustomerJoined(turn.Activity):
                // The customer is back in the same conversation (Web Chat resumes it): a follow-up may be due.
                await OfferFollowUpAsync(dc, cancellationToken);
                break;
            case ActivityTypes.Message:
                await OnMessageAsync(dc, cancellationToken);
                break;
            case ActivityTypes.EndOfConversation:
                await dc.CancelAllDialogsAsync(cancellationToken);
                break;
            default:
                break;
        }
    }

    private async Task OnMessageAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status != DialogTurnStatus.Empty)
        {
            return;
        }

        // Nothing active: the restart word is the customer asking for a survey (and opting back in); a first message
        // starts one (channels without conversationUpdate, such as SMS) unless survey fatigue says not now.
        if (AsksToRestart(dc.Context))
        {
            OptBackIn(dc.Context);
            await BeginSurveyAsync(dc, cancellationToken);
            return;
        }

        if (!dc.Context.State.Started)
        {
            if (await _gate.RefusalAsync(dc.Context, cancellationToken) is null)
            {
                await BeginSurveyAsync(dc, cancellationToken);
            }
            else
            {
                dc.Context.Send(_wording.For(dc.Context).Message(SurveyKeys.NotNow));
            }

            return;
        }

        dc.Context.Send(_wording.For(dc.Context).Message(SurveyKeys.AlreadyDone));
    }

    private async Task OnDeskEventAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity is not { Type: ActivityTypes.Event, Value: { } value })
        {
            return;
        }

        var desk = value.Deserialize<DeskEventValue>(DeskJson);
        if (desk is null)
        {
            return;
        }

        switch (turn.Activity.Name)
        {
            case DeskEvents.AgentMessage when !string.IsNullOrWhiteSpace(desk.Text):
                // A person takes over: whatever the bot was asking is dropped, and it stays silent until given back.
                if (turn.State.Mode != ConversationModes.Agent)
                {
                    turn.State.Mode = ConversationModes.Agent;
                    await _dialogs.CreateContext(turn).CancelAllDialogsAsync(cancellationToken);
                }

                // The agent speaks through the bot's account, under their own display name; the text is theirs, as written.
                turn.Send(new Activity
                {
                    Type = ActivityTypes.Message,
                    Text = desk.Text,
                    TextFormat = "plain",
                    From = new ChannelAccount { Name = desk.AgentName },
                });
                break;
            case DeskEvents.GiveBack when turn.State.Mode == ConversationModes.Agent:
                turn.State.Mode = ConversationModes.Bot;
                var dc = _dialogs.CreateContext(turn);
                await dc.CancelAllDialogsAsync(cancellationToken);
                var args = new Dictionary<string, string>(StringComparer.Ordinal) { ["agent"] = desk.AgentName };
                turn.Send(_wording.For(turn).Message(HandbackKeys.GivenBack, args));
                await dc.BeginDialogAsync(HelpRatingDialog.DialogId, desk, cancellationToken);
                break;
            default:
                break;
        }
    }

    /// <summary>A follow-up survey due for a resolved case, unless a dialog is running or the customer said STOP.</summary>
    private async Task<bool> OfferFollowUpAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null || await _followUps.DueCaseAsync(dc.Context, cancellationToken) is not { } caseKey)
        {
            return false;
        }

        // Survey fatigue allows the follow-up the case promised (an open case, a recent handoff or survey); never after STOP.
        if (await _gate.RefusalAsync(dc.Context, cancellationToken) == Fatigue.SurveyRefusals.OptedOut)
        {
            return false;
        }

        dc.Context.State.Started = true;
        await dc.BeginDialogAsync(NpsSurveyDialog.DialogId, new FollowUpStart(caseKey), cancellationToken);
        return true;
    }

    private static readonly JsonSerializerOptions DeskJson = new(JsonSerializerDefaults.Web);

    private static async Task BeginSurveyAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Context.State.Started = true;
        await dc.BeginDialogAsync(NpsSurveyDialog.DialogId, null, cancellationToken);
    }

    private static void OptBackIn(TurnContext turn)
    {
        if (turn.Activity.ChannelId is { } channel && turn.Activity.From?.Id is { } customer)
        {
            turn.AddRecord(new Fatigue.CustomerConsent(channel, customer, OptedOut: false, turn.Clock.GetUtcNow()));
        }
    }

    private static bool CustomerJoined(Activity activity) =>
        activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true;

    private bool AsksToRestart(TurnContext turn)
    {
        var text = TextNormalizer.Normalize(turn.Activity.Text);
        return text.Length > 0 && _wording.Locales.Values
            .Select(locale => locale.Entry(SurveyKeys.Restart))
            .SelectMany(entry => entry.Accepts.Concat(entry.Variants))
            .Any(word => TextNormalizer.Normalize(word) == text);
    }
}
