using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;
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
        _dialogs.Add(new NpsSurveyDialog(definitions, scores, intents, options, services));
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
                // A customer who opted out, has a case open, was handed off or surveyed lately is not asked: nothing is said.
                if (await _gate.RefusalAsync(turn, cancellationToken) is null)
                {
                    await BeginSurveyAsync(dc, cancellationToken);
                }

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
