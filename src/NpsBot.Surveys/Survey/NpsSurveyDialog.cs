using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Dialogs.Waterfall;
using NpsBot.Conversations.Language;
using NpsBot.Surveys.Interruptions;
using NpsBot.Surveys.Recovery;

namespace NpsBot.Surveys.Survey;

/// <summary>
/// The NPS survey: greeting, the 0–10 question, then one branch per category (detractor, passive, promoter). The
/// <see cref="SurveyResponse"/> is recorded from the moment the score is known and after every answer. Stop, change of
/// score and asking for a person are handled at any step (see NpsSurveyDialog.Interruptions.cs).
/// </summary>
public sealed partial class NpsSurveyDialog : InterruptibleDialog
{
    public const string DialogId = "nps-survey";

    private const string ProgressKey = "progress";
    private const string MainFlow = "nps-survey.main";
    private const string DetractorFlow = "nps-survey.detractor";
    private const string PassiveFlow = "nps-survey.passive";
    private const string PromoterFlow = "nps-survey.promoter";
    private const string ScorePromptId = "nps-survey.score";
    private const string TextPromptId = "nps-survey.text";
    private const string ConfirmPromptId = "nps-survey.confirm";
    private const string ChoicePromptId = "nps-survey.choice";
    private const string ChangeScoreFlow = "nps-survey.change-score";

    private readonly SurveyDefinitions _definitions;
    private readonly SurveyOptions _options;
    private readonly SurveyRecorder _recorder;
    private readonly IScoreRecognizer _scores;
    private readonly SurveyServices _services;

    public NpsSurveyDialog(
        SurveyDefinitions definitions, IScoreRecognizer scores, IIntentDetector intents, SurveyOptions options, SurveyServices services)
        : base(DialogId, intents)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(services);
        (_definitions, _options, _scores, _services) = (definitions, options, scores, services);
        _recorder = new SurveyRecorder(options);

        AddDialog(new WaterfallDialog(MainFlow, [AskScoreStepAsync, RouteByCategoryStepAsync, RecordCompletedStepAsync]));
        AddDialog(new WaterfallDialog(
            DetractorFlow, [AskReasonStepAsync, AskFollowUpStepAsync, ConfirmThemeStepAsync, OfferRemedyStepAsync, CloseDetractorStepAsync]));
        AddDialog(new WaterfallDialog(ChangeScoreFlow, [AskScoreChangeStepAsync, ApplyScoreChangeStepAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new WaterfallDialog(PassiveFlow, [AskWhatWouldMakeItATenStepAsync, ThankPassiveStepAsync]));
        AddDialog(new WaterfallDialog(PromoterFlow, [AskWhatTheyLikeMostStepAsync, InviteReviewStepAsync]));
        AddDialog(new ScorePrompt(ScorePromptId, scores, ValidateScoreAsync));
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId, definitions.Wording));
        InitialDialogId = MainFlow;
    }

    /// <summary>Starts the survey's record and greets the customer, by first name when the channel gives a real one.</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var turn = innerDc.Context;
        var customer = CustomerOf(turn.Activity);
        var followUp = options as FollowUps.FollowUpStart;
        Save(innerDc, new SurveyProgress
        {
            FollowUpOfCase = followUp?.CaseKey,
            EventId = SurveyEvents.EventIdOf(turn.Activity),
            StartedAt = turn.Clock.GetUtcNow(),
            Locale = ConversationLocale.Of(turn) ?? _definitions.Survey.DefaultLocale,
            CustomerId = customer?.Id,
            CustomerName = customer?.Name,
        });

        var firstName = CustomerName.FirstNameOf(customer);
        if (followUp is not null)
        {
            // Closing the loop: the customer is told why they are asked again before the same 0–10 question.
            turn.Send(Words(innerDc).Message(SurveyKeys.FollowUpGreeting, Args()));
            return await base.OnBeginDialogAsync(innerDc, null, cancellationToken);
        }

        turn.Send(firstName is null
            ? Words(innerDc).Message(SurveyKeys.GreetingAnonymous, Args())
            : Words(innerDc).Message(SurveyKeys.Greeting, Args(("name", firstName))));
        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordCompletedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A branch that already recorded its end (a handoff, the detractor's close) is not recorded twice.
        if (!Progress(step).Finished)
        {
            await RecordAsync(step, SurveyOutcomes.Completed, cancellationToken: cancellationToken);
        }

        return await step.EndDialogAsync(SurveyOutcomes.Completed, cancellationToken);
    }

    private PromptOptions TextQuestion(TurnWording words, string key) => new()
    {
        Prompt = words.Question(key, Args()),
        RetryPrompt = words.Question(SurveyKeys.AnswerUnrecognized, Args()),
        MaxAttempts = _definitions.Survey.MaxAttempts.Text,
    };

    /// <summary>Records the response as it stands, and keeps its case (when the policy opens one) up to date.</summary>
    private async Task<CaseTicket?> RecordAsync(DialogContext dc, string outcome, string? handoffReason = null, CancellationToken cancellationToken = default)
    {
        var response = SurveyRecorder.Build(dc.Context, Progress(dc), outcome);
        var ticket = await _services.Recovery.TrackAsync(dc.Context, response, handoffReason, cancellationToken);
        if (ticket is not null)
        {
            Save(dc, Progress(dc) with { CaseKey = ticket.CaseKey });
            response = response with { CaseKey = ticket.CaseKey };
        }

        if (_recorder.Add(dc.Context, response, Progress(dc).AbandonCheckQueued))
        {
            Save(dc, Progress(dc) with { AbandonCheckQueued = true });
        }

        return ticket;
    }

    private TurnWording Words(DialogContext dc) => _definitions.Wording.For(dc.Context);

    /// <summary>The placeholders every text may use, plus <paramref name="extra"/>.</summary>
    private Dictionary<string, string> Args(params (string Name, string Value)[] extra)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["company"] = _options.CompanyName ?? _definitions.Survey.Company,
        };
        foreach (var (name, value) in extra)
        {
            args[name] = value;
        }

        return args;
    }

    private static ChannelAccount? CustomerOf(Activity activity) =>
        activity.IsMessage
            ? activity.From
            : activity.MembersAdded?.FirstOrDefault(m => m.Id != activity.Recipient?.Id) ?? activity.From;

    /// <summary>The survey's own instance: the first context up the chain whose active dialog is this survey.</summary>
    private static DialogInstance SurveyInstance(DialogContext dc)
    {
        for (var context = dc; context is not null; context = context.Parent)
        {
            if (context.ActiveDialog is { Id: DialogId } instance)
            {
                return instance;
            }
        }

        throw new InvalidOperationException($"Not inside the '{DialogId}' dialog.");
    }

    private static SurveyProgress Progress(DialogContext dc) =>
        SurveyInstance(dc).Get<SurveyProgress>(ProgressKey) ?? throw new InvalidOperationException("The survey has no progress yet.");

    private static void Save(DialogContext dc, SurveyProgress progress) => SurveyInstance(dc).Set(ProgressKey, progress);
}
