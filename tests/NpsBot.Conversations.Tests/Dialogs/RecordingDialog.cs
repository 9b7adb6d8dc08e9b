using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Dialogs;

/// <summary>A dialog that waits on begin, ends with the text of the next message, and notes how it was resumed and ended.</summary>
internal sealed class RecordingDialog(string id, List<string> log) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}:begin");
        return Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(dc.Context.Activity.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}:resume:{reason}:{result}");
        return Task.FromResult(EndOfTurn);
    }

    public override Task EndDialogAsync(TurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        log.Add($"{Id}:end:{reason}");
        return Task.CompletedTask;
    }
}
