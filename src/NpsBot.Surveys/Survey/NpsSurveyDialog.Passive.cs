using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Waterfall;

namespace NpsBot.Surveys.Survey;

/// <summary>Passives (7–8): what would make it a 10, then thanks.</summary>
public sealed partial class NpsSurveyDialog
{
    private async Task<DialogTurnResult> AskWhatWouldMakeItATenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(TextPromptId, TextQuestion(Words(step), SurveyKeys.PassiveAskImprovement), cancellationToken);

    private async Task<DialogTurnResult> ThankPassiveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var reason = Redacted(step.Result as string);
        Save(step, Progress(step) with { Reason = reason });
        if (reason is not null)
        {
            // What would make it a 10 is sorted by theme like a complaint; a passive is not handed off for it.
            await UnderstandAsync(step, reason, classify: true, cancellationToken);
        }

        step.Context.Send(Words(step).Message(reason is null ? SurveyKeys.AnswerGaveUp : SurveyKeys.PassiveThanks, Args()));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
