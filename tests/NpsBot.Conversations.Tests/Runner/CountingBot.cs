using System.Collections.Concurrent;
using System.Text.Json;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

/// <summary>
/// Counts messages in conversation state and answers with the count; slow enough to expose races. Remembers each
/// turn's state object, and fails a message "fail" after changing the state. "ask" leaves a dialog waiting for an answer,
/// "answer" ends it.
/// </summary>
internal sealed class CountingBot : IBot
{
    public int Calls;

    public ConcurrentQueue<ConversationState> Seen { get; } = new();

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        Seen.Enqueue(turn.State);
        var count = turn.State.Values.TryGetValue("count", out var value) ? value.GetInt32() : 0;
        await Task.Yield();
        count++;
        turn.State.Values["count"] = JsonSerializer.SerializeToElement(count);
        if (turn.Activity.Text == "fail")
        {
            throw new InvalidOperationException("The bot failed after changing the state.");
        }

        if (turn.Activity.Text == "ask")
        {
            turn.State.Dialogs.DialogStack.Add(new NpsBot.Conversations.Dialogs.DialogInstance { Id = "question" });
        }
        else if (turn.Activity.Text == "answer")
        {
            turn.State.Dialogs.DialogStack.Clear();
        }

        turn.SendText($"count {count}");
        turn.AddRecord(count);
    }
}
