using NpsBot.Conversations.Runner;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>A bot that fails every turn, to see what clients get when the bot is broken.</summary>
internal sealed class FailingBot : IBot
{
    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The bot is broken.");
}
