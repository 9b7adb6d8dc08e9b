using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>A bot that answers the start of a conversation with the locale it was given ("none" when it has none).</summary>
internal sealed class LocaleEchoBot : IBot
{
    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Type == ActivityTypes.ConversationUpdate)
        {
            turn.SendText(turn.Activity.Locale ?? "none");
        }

        return Task.CompletedTask;
    }
}
