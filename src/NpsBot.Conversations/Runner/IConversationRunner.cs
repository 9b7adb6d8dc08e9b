using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>Takes one inbound activity through one turn: dedupe, load, dialogs, commit, replies.</summary>
public interface IConversationRunner
{
    /// <summary>
    /// Runs the turn and returns its replies only after everything the turn changed is committed. The conversation is
    /// the one of <paramref name="origin"/>'s key space: the endpoint says where a turn belongs, never the activity alone.
    /// </summary>
    Task<TurnResult> RunTurnAsync(Activity activity, TurnOrigin origin, CancellationToken cancellationToken);
}
