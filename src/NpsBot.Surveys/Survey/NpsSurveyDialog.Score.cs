using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Dialogs.Waterfall;
using NpsBot.Conversations.Language;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Survey;

/// <summary>The 0–10 question, its retries, and the routing to the branch of the score's category.</summary>
public sealed partial class NpsSurveyDialog
{
    private async Task<DialogTurnResult> AskScoreStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // After a change of category the survey starts over from here with the score it already has.
        if (Progress(step).Score is { } known)
        {
            return await step.NextAsync(known, cancellationToken);
        }

        var words = Words(step);
        return await step.PromptAsync(ScorePromptId, new PromptOptions
        {
            Prompt = words.Question(SurveyKeys.AskScore, Args()),
            RetryPrompt = words.Question(SurveyKeys.AskScoreUnrecognized, SurveyKeys.AskScore, Args()),
            MaxAttempts = _definitions.Survey.MaxAttempts.Score,
        }, cancellationToken);
    }

    /// <summary>A number outside 0–10 or two candidates get their own retry, unless this was the last attempt.</summary>
    private Task<bool> ValidateScoreAsync(PromptValidatorContext<int> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Context.Activity.Text;
        if (prompt.Recognized.Succeeded || string.IsNullOrWhiteSpace(text) || prompt.AttemptCount >= _definitions.Survey.MaxAttempts.Score)
        {
            return Task.FromResult(prompt.Recognized.Succeeded);
        }

        var retryKey = _scores.Recognize(text, ConversationLocale.Of(prompt.Context)) switch
        {
            { Status: ScoreStatus.OutOfRange } => SurveyKeys.AskScoreOutOfRange,
            { Status: ScoreStatus.Ambiguous, OtherScale: true } => SurveyKeys.AskScoreOtherScale,
            { Status: ScoreStatus.Ambiguous } => SurveyKeys.AskScoreAmbiguous,
            _ => null,
        };
        if (retryKey is not null)
        {
            prompt.Context.Send(_definitions.Wording.For(prompt.Context).Question(retryKey, SurveyKeys.AskScore, Args()));
        }

        return Task.FromResult(false);
    }

    private async Task<DialogTurnResult> RouteByCategoryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not int answer || !NpsScore.TryCreate(answer, out var score))
        {
            step.Context.Send(Words(step).Message(SurveyKeys.AskScoreGaveUp, Args()));
            await RecordAsync(step, SurveyOutcomes.NoAnswer, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(SurveyOutcomes.NoAnswer, cancellationToken);
        }

        if (Progress(step).Score is null)
        {
            ReadBackIfFromWords(step, score.Value);
        }

        Save(step, Progress(step) with { Score = score.Value });

        // The row exists from the moment the score is known: a detractor is visible to cases and dashboards at once.
        await RecordAsync(step, SurveyOutcomes.InProgress, cancellationToken: cancellationToken);
        var flow = score.Category switch
        {
            NpsCategory.Promoter => PromoterFlow,
            NpsCategory.Passive => PassiveFlow,
            _ => DetractorFlow,
        };
        return await step.BeginDialogAsync(flow, null, cancellationToken);
    }

    /// <summary>
    /// A score read from words ("I'd say a solid eight") is said back, so a misreading is corrected at once ("actually 7");
    /// a button or a bare number needs no read-back.
    /// </summary>
    private void ReadBackIfFromWords(WaterfallStepContext step, int score)
    {
        var text = step.Context.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var recognition = _scores.Recognize(text, ConversationLocale.Of(step.Context));
        if (recognition is { FromWords: true, Status: ScoreStatus.Ok } && recognition.Score == score)
        {
            step.Context.Send(Words(step).Message(SurveyKeys.AskScoreReadBack, Args(("score", score.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        }
    }
}
