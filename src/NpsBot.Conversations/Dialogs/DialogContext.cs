using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs;

/// <summary>A dialog stack in one turn: begin, continue, end, replace and cancel dialogs. The active dialog is the first entry of the stack.</summary>
public class DialogContext(DialogSet dialogs, TurnContext context, DialogState state, DialogContext? parent = null)
{
    public DialogSet Dialogs { get; } = dialogs;

    public TurnContext Context { get; } = context;

    public DialogState State { get; } = state;

    /// <summary>The context of the component dialog that owns this stack, or null for the root stack.</summary>
    public DialogContext? Parent { get; } = parent;

    public DialogInstance? ActiveDialog => State.DialogStack.Count > 0 ? State.DialogStack[0] : null;

    /// <summary>Pushes a new instance of <paramref name="dialogId"/> on the stack and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog '{dialogId}' in this set or its parents.");
        State.DialogStack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins a prompt with its options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Passes the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        return instance is null
            ? new DialogTurnResult(DialogTurnStatus.Empty)
            : await DialogOf(instance).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        var instance = ActiveDialog;
        return instance is null
            ? new DialogTurnResult(DialogTurnStatus.Complete, result)
            : await DialogOf(instance).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends every dialog on the stack, top first.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (ActiveDialog is not null)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog without resuming its parent, and begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance)
        {
            await DialogOf(instance).RepromptDialogAsync(Context, instance, cancellationToken);
        }
    }

    /// <summary>Finds a dialog in this set, then in the sets of the parents.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private Dialog DialogOf(DialogInstance instance) =>
        FindDialog(instance.Id)
        ?? throw new InvalidOperationException($"The dialog stack names '{instance.Id}', which is not in the dialog set (renamed or removed?).");

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        State.DialogStack.RemoveAt(0);
    }
}
