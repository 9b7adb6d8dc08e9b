using System.Collections.Concurrent;
using System.Text.Json;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

/// <summary>
/// Counts messages in conversation state and answers with the count; slow enough to expose races. Remembers each
/// turn's state object, and fails a message "fail" after changing the state.
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

        turn.SendText($"count {count}");
        turn.AddRecord(count);
    }
}
