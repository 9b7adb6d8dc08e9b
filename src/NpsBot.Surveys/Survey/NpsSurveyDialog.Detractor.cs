using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Dialogs.Waterfall;

namespace NpsBot.Surveys.Survey;

/// <summary>Detractors (0–6): apology and reason, one sharper follow-up, an acknowledgement in their words, and an offer of contact.</summary>
public sealed partial class NpsSurveyDialog
{
    private async Task<DialogTurnResult> AskReasonStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var words = Words(step);
        step.Context.Send(words.Message(SurveyKeys.DetractorApology, Args()));
        return await step.PromptAsync(TextPromptId, TextQuestion(words, SurveyKeys.DetractorAskReason), cancellationToken);
    }

    private async Task<DialogTurnResult> AskFollowUpStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string reason)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var key = FollowUpSelector.QuestionKeyFor(_definitions.Survey, reason);
        var options = TextQuestion(Words(step), key);
        Save(step, Progress(step) with { Reason = reason, FollowUpQuestion = options.Prompt!.Text });
        return await step.PromptAsync(TextPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskContactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = Progress(step) with { FollowUpAnswer = step.Result as string };
        Save(step, progress);
        var words = Words(step);
        if (progress.Reason is { } reason)
        {
            step.Context.Send(words.Message(SurveyKeys.DetractorAcknowledge, Args(("concern", ConcernSummary.Of(reason)))));
        }

        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = words.Question(SurveyKeys.DetractorAskContact, Args()),
            RetryPrompt = words.Question(SurveyKeys.DetractorAskContactUnrecognized, Args()),
            MaxAttempts = _definitions.Survey.MaxAttempts.Confirm,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> CloseDetractorStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // Having asked for a person earlier in the survey stays a contact request whatever is answered here.
        var wantsContact = Progress(step).WantsContact == true ? true : step.Result is bool answer ? answer : (bool?)null;
        Save(step, Progress(step) with { WantsContact = wantsContact });
        var key = step.Result switch
        {
            true => SurveyKeys.DetractorCloseContact,
            PromptGaveUp => SurveyKeys.AnswerGaveUp,
            _ => SurveyKeys.DetractorCloseNoContact,
        };
        step.Context.Send(Words(step).Message(key, Args()));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
