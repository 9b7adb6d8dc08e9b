using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Language;

namespace NpsBot.Surveys.Interruptions;

/// <summary>
/// A component dialog that looks at every message for global cues (stop, change of score, help, human) before its
/// inner dialogs see it, like BotBuilder-Samples' CancelAndHelpDialog. A handler returns null to let the message through.
/// </summary>
public abstract class InterruptibleDialog(string dialogId, IIntentDetector intents) : ComponentDialog(dialogId)
{
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (activity.IsMessage && !string.IsNullOrWhiteSpace(activity.Text))
        {
            var intent = intents.Detect(activity.Text, ConversationLocale.Of(innerDc.Context));
            var handled = await InterruptAsync(innerDc, intent, cancellationToken);
            if (handled is not null)
            {
                return handled;
            }
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>The customer wants to stop: say goodbye, record what there is, and cancel the inner dialogs.</summary>
    protected abstract Task<DialogTurnResult?> OnStopAsync(DialogContext innerDc, CancellationToken cancellationToken);

    /// <summary>The customer gives a new score for the one already given.</summary>
    protected abstract Task<DialogTurnResult?> OnChangeScoreAsync(DialogContext innerDc, int newScore, CancellationToken cancellationToken);

    protected virtual Task<DialogTurnResult?> OnHelpAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    /// <summary>Asked for a person; handoff is not part of this dialog yet, so by default the message goes through.</summary>
    protected virtual Task<DialogTurnResult?> OnHumanAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        Task.FromResult<DialogTurnResult?>(null);

    private Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, IntentResult intent, CancellationToken cancellationToken)
    {
        if (intent.Has(Intent.Stop))
        {
            return OnStopAsync(innerDc, cancellationToken);
        }

        if (intent.Has(Intent.ChangeScore) && intent.NewScore is { } score)
        {
            return OnChangeScoreAsync(innerDc, score, cancellationToken);
        }

        if (intent.Has(Intent.Help))
        {
            return OnHelpAsync(innerDc, cancellationToken);
        }

        return intent.Has(Intent.Human) ? OnHumanAsync(innerDc, cancellationToken) : Task.FromResult<DialogTurnResult?>(null);
    }
}
