using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs;

/// <summary>A dialog with its own inner dialog set and stack, kept in its instance state (as BotBuilder's ComponentDialog).</summary>
public class ComponentDialog(string dialogId) : Dialog(dialogId)
{
    private const string InnerStackKey = "dialogs";

    /// <summary>The dialog begun when this component begins; the first dialog added unless set.</summary>
    public string? InitialDialogId { get; protected set; }

    protected DialogSet InnerDialogs { get; } = new();

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc.Context, instance, dc);
        var result = await OnBeginDialogAsync(inner, options, cancellationToken);
        return await EndTurnAsync(dc, instance, inner, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc.Context, instance, dc);
        var result = await OnContinueDialogAsync(inner, cancellationToken);
        return await EndTurnAsync(dc, instance, inner, result, cancellationToken);
    }

    /// <summary>A dialog this component began on the outer stack ended: ask the inner question again, as the SDK does.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(TurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = CreateInnerContext(turn, instance, null);
        await inner.RepromptDialogAsync(cancellationToken);
        instance.Set(InnerStackKey, inner.State);
    }

    public override async Task EndDialogAsync(TurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var inner = CreateInnerContext(turn, instance, null);
            await inner.CancelAllDialogsAsync(cancellationToken);
            instance.Set(InnerStackKey, inner.State);
        }
    }

    /// <summary>Adds a dialog to the inner set.</summary>
    protected ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        InnerDialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Override to look at every message before the inner dialogs do (global cues such as stop or help).</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    private DialogContext CreateInnerContext(TurnContext turn, DialogInstance instance, DialogContext? outer) =>
        new(InnerDialogs, turn, instance.Get<DialogState>(InnerStackKey) ?? new DialogState(), outer);

    private static async Task<DialogTurnResult> EndTurnAsync(
        DialogContext outer, DialogInstance instance, DialogContext inner, DialogTurnResult result, CancellationToken cancellationToken)
    {
        instance.Set(InnerStackKey, inner.State);
        return result.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await outer.EndDialogAsync(result.Result, cancellationToken);
    }
}
