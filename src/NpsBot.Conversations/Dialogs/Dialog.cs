using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs;

/// <summary>Base of every dialog: begins, continues with each message, resumes when a child ends, and cleans up when it leaves the stack.</summary>
public abstract class Dialog(string dialogId)
{
    /// <summary>What a dialog returns when it waits for the user's next message.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    public string Id { get; } = string.IsNullOrWhiteSpace(dialogId)
        ? throw new ArgumentException("A dialog needs an id.", nameof(dialogId))
        : dialogId;

    /// <summary>Starts the dialog; its <see cref="DialogInstance"/> is already the active dialog of <paramref name="dc"/>.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with each new activity while this dialog is active; by default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog ended; by default this dialog ends too, with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the pending question again, for example after an interruption was handled.</summary>
    public virtual Task RepromptDialogAsync(TurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called just before this dialog leaves the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(TurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
