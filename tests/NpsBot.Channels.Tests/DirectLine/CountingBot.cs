using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>A bot that counts the messages it handled and answers each with its number, slowly enough for posts to overlap.</summary>
internal sealed class CountingBot : IBot
{
    private int _messages;

    public int Messages => Volatile.Read(ref _messages);

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Message)
        {
            var number = Interlocked.Increment(ref _messages);
            await Task.Delay(50, cancellationToken);
            turn.SendText($"message {number}");
        }
    }
}
