using System.Globalization;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Dialogs.Waterfall;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Survey;

/// <summary>A change of score, confirmed before it counts; then the question that was interrupted is asked again.</summary>
public sealed partial class NpsSurveyDialog
{
    private async Task<DialogTurnResult> AskScoreChangeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = Progress(step);
        var words = Words(step);
        var args = Args(("old", Number(progress.Score!.Value)), ("score", Number(progress.PendingScore!.Value)));
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = words.Question(SurveyKeys.ScoreChangeConfirm, args),
            RetryPrompt = words.Question(SurveyKeys.ScoreChangeConfirm, args),
            MaxAttempts = _definitions.Survey.MaxAttempts.Confirm,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ApplyScoreChangeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = Progress(step);
        var old = progress.Score!.Value;
        var score = new NpsScore(progress.PendingScore!.Value);
        Save(step, progress with { PendingScore = null });
        if (step.Result is not true)
        {
            step.Context.Send(Words(step).Message(SurveyKeys.ScoreKept, Args(("score", Number(old)))));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Context.Send(Words(step).Message(SurveyKeys.ScoreChanged, Args(("score", Number(score.Value)))));
        if (new NpsScore(old).Category == score.Category)
        {
            Save(step, Progress(step) with { Score = score.Value });
            await RecordAsync(step, SurveyOutcomes.InProgress, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // A case opened for the old score is not left behind: the desk records the change on it (and closes it if no
        // person has touched it yet, when the customer is no longer a detractor).
        if (Progress(step).CaseKey is { } caseKey)
        {
            _services.Recovery.ScoreChanged(step.Context, caseKey, old, score.Value);
        }

        Save(step, Progress(step).WithNewCategory(score.Value));
        await step.CancelAllDialogsAsync(cancellationToken);
        return await step.BeginDialogAsync(MainFlow, null, cancellationToken);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
