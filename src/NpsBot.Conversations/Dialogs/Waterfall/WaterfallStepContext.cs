using System.Text.Json;
using System.Text.Json.Nodes;
using NpsBot.Conversations.Dialogs.Prompts;

namespace NpsBot.Conversations.Dialogs.Waterfall;

/// <summary>What a waterfall step sees: the previous result, the waterfall's options and values, and the dialog stack.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, object? result, JsonNode? options, DialogValues values)
        : base(dc.Dialogs, dc.Context, dc.State, dc.Parent)
    {
        _waterfall = waterfall;
        Index = index;
        Reason = reason;
        Result = result;
        Options = options;
        Values = values;
    }

    /// <summary>Zero-based index of the running step.</summary>
    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's value, a <see cref="PromptGaveUp"/>, a child dialog's result, or the message text.</summary>
    public object? Result { get; }

    /// <summary>The options the waterfall was begun with, as JSON.</summary>
    public JsonNode? Options { get; }

    /// <summary>Values kept by the waterfall across its steps and turns.</summary>
    public DialogValues Values { get; }

    /// <summary>True when the previous step's prompt ran out of attempts.</summary>
    public bool GaveUp => Result is PromptGaveUp;

    public T? GetOptions<T>() => Options is null ? default : Options.Deserialize<T>(DialogJson.Options);

    /// <summary>Skips to the next step now, with <paramref name="result"/> as its result.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
