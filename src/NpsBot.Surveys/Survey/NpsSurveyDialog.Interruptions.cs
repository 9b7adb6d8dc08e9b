using System.Globalization;
using NpsBot.Conversations.Dialogs;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Survey;

/// <summary>Global cues: stop ends politely with a record; a new score re-routes when its category changed; help explains and asks again; asking for a person is recorded.</summary>
public sealed partial class NpsSurveyDialog
{
    protected override async Task<DialogTurnResult?> OnStopAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        innerDc.Context.Send(Words(innerDc).Message(SurveyKeys.Stopped, Args()));
        await _recorder.RecordAsync(innerDc.Context, Progress(innerDc), SurveyOutcomes.Stopped, cancellationToken);
        return await innerDc.CancelAllDialogsAsync(cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnChangeScoreAsync(DialogContext innerDc, int newScore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var progress = Progress(innerDc);

        // No score yet: "actually make it a 7" is simply the answer, and the score prompt reads it.
        if (progress.Score is not { } old || !NpsScore.TryCreate(newScore, out var score))
        {
            return null;
        }

        var value = score.Value.ToString(CultureInfo.InvariantCulture);
        innerDc.Context.Send(Words(innerDc).Message(SurveyKeys.ScoreChanged, Args(("score", value))));
        if (new NpsScore(old).Category == score.Category)
        {
            Save(innerDc, progress with { Score = score.Value });
            await innerDc.RepromptDialogAsync(cancellationToken);
            return Dialog.EndOfTurn;
        }

        Save(innerDc, progress.WithNewCategory(score.Value));
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(MainFlow, null, cancellationToken);
    }

    protected override async Task<DialogTurnResult?> OnHelpAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        innerDc.Context.Send(Words(innerDc).Message(SurveyKeys.Help, Args()));
        await innerDc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    /// <summary>
    /// Asked for a person: the wish is recorded as a contact request on the response (the handoff to a live agent is
    /// not built yet), the customer is told so, and the current question is asked again.
    /// </summary>
    protected override async Task<DialogTurnResult?> OnHumanAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        innerDc.Context.Send(Words(innerDc).Message(SurveyKeys.HumanRequested, Args()));
        Save(innerDc, Progress(innerDc) with { WantsContact = true });
        await innerDc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }
}
