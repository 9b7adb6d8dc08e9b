using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Dialogs.Waterfall;

namespace NpsBot.Surveys.Handback;

/// <summary>
/// After an agent gives the conversation back: one short question, the help rated 1–5 (buttons where the channel has
/// them, a numbered list elsewhere), asked again once politely on an answer that is not a rating, then stored as a
/// <see cref="HelpRating"/> credited to the agent named in the give-back.
/// </summary>
public sealed class HelpRatingDialog : ComponentDialog
{
    public const string DialogId = "help-rating";

    private const string Flow = "help-rating.main";
    private const string RatingPromptId = "help-rating.prompt";
    private const string AgentKey = "agent";
    private static readonly string[] Ratings = ["1", "2", "3", "4", "5"];

    private readonly WordingCatalog _wording;

    public HelpRatingDialog(WordingCatalog wording)
        : base(DialogId)
    {
        _wording = wording;
        AddDialog(new WaterfallDialog(Flow, [AskStepAsync, RecordStepAsync]));
        AddDialog(new ChoicePrompt(RatingPromptId));
        InitialDialogId = Flow;
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var given = step.GetOptions<DeskEventValue>() ?? throw new InvalidOperationException("The rating needs the give-back's agent.");
        step.Values.Set(AgentKey, given);
        var words = _wording.For(step.Context);
        var args = new Dictionary<string, string>(StringComparer.Ordinal) { ["agent"] = given.AgentName };
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text(words.Text(HandbackKeys.RatingAsk, args), InputHints.ExpectingInput),
            RetryPrompt = MessageFactory.Text(words.Text(HandbackKeys.RatingUnrecognized, args), InputHints.ExpectingInput),
            Choices = [.. Ratings.Select(rating => new Choice(rating))],
            MaxAttempts = 2,
        };
        return await step.PromptAsync(RatingPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var words = _wording.For(step.Context);
        if (step.Result is not FoundChoice found)
        {
            step.Context.Send(words.Message(HandbackKeys.RatingGaveUp));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var given = step.Values.Get<DeskEventValue>(AgentKey)!;
        step.Context.AddRecord(new HelpRating(given.CaseKey, given.AgentId, given.AgentName, found.Index + 1, step.Context.Clock.GetUtcNow()));
        step.Context.Send(words.Message(HandbackKeys.RatingThanks));
        return await step.EndDialogAsync(found.Index + 1, cancellationToken);
    }
}
