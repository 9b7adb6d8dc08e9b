using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Recovery.Tests.Support;

/// <summary>A runner that records the desk's internal turns and answers each with one relayed message, as the bot does.</summary>
internal sealed class RelayingRunner : IConversationRunner
{
    public List<(Activity Activity, TurnOrigin Origin)> Turns { get; } = [];

    public Task<TurnResult> RunTurnAsync(Activity activity, TurnOrigin origin, CancellationToken cancellationToken)
    {
        Turns.Add((activity, origin));
        return Task.FromResult(new TurnResult([new Activity { Type = ActivityTypes.Message, Text = "relayed" }], Duplicate: false));
    }
}
