using System.Text.Json;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

/// <summary>Counts messages in conversation state and answers with the count; slow enough to expose races.</summary>
internal sealed class CountingBot : IBot
{
    public int Calls;

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        var count = turn.State.Values.TryGetValue("count", out var value) ? value.GetInt32() : 0;
        await Task.Yield();
        count++;
        turn.State.Values["count"] = JsonSerializer.SerializeToElement(count);
        turn.SendText($"count {count}");
        turn.AddRecord(count);
    }
}
