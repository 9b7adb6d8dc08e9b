using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>Takes one inbound activity through one turn: dedupe, load, dialogs, commit, replies.</summary>
public interface IConversationRunner
{
    /// <summary>Runs the turn and returns its replies only after everything the turn changed is committed.</summary>
    Task<TurnResult> RunTurnAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="RunTurnAsync(Activity, CancellationToken)"/>, and commits the jobs <paramref name="replyWork"/>
    /// makes of the new turn's replies with it (nothing for a duplicate: its jobs were committed the first time).
    /// </summary>
    Task<TurnResult> RunTurnAsync(Activity activity, ReplyWork? replyWork, CancellationToken cancellationToken);
}
