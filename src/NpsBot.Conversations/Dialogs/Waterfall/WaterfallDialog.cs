using System.Text.Json;
using System.Text.Json.Nodes;

namespace NpsBot.Conversations.Dialogs.Waterfall;

/// <summary>Runs its steps in order, one per turn or more; each step gets the previous step's (or child dialog's) result.</summary>
public class WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null) : Dialog(dialogId)
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps = [.. steps ?? []];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    /// <summary>Begins at the first step; <paramref name="options"/> is kept as JSON, read back with <see cref="WaterfallStepContext.GetOptions{T}"/>.</summary>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        instance.State[OptionsKey] = options is null ? null : JsonSerializer.SerializeToNode(options, options.GetType(), DialogJson.Options);
        instance.State[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message while no child dialog is active: the next step gets its text.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.IsMessage
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = dc.ActiveDialog!.Get<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs one step; override to log or wrap steps.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.Set(StepIndexKey, index);
        var values = instance.State[ValuesKey] as JsonObject ?? [];
        instance.State[ValuesKey] = values;
        var step = new WaterfallStepContext(this, dc, index, reason, result, instance.State[OptionsKey], new DialogValues(values));
        return await OnStepAsync(step, cancellationToken);
    }
}
