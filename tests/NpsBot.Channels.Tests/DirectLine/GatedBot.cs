using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>A bot that answers a message only when the test lets it, so a test can look at the stream while the bot works.</summary>
internal sealed class GatedBot : IBot
{
    private readonly System.Threading.Channels.Channel<bool> _gate = System.Threading.Channels.Channel.CreateUnbounded<bool>();

    public void Release() => _gate.Writer.TryWrite(true);

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.Message)
        {
            await _gate.Reader.ReadAsync(cancellationToken);
            turn.SendText("done");
        }
    }
}
