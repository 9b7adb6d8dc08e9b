using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// What became of a posted activity: its echo as logged (with its id), and whether its turn's replies are already in
/// the log (a retried post answered from its first row). <see cref="Echo"/> is null when the log refused it.
/// </summary>
public sealed record PostOutcome(Activity? Echo, bool Answered, PostRefusal Refusal = PostRefusal.None)
{
    public static PostOutcome Refused(PostRefusal refusal) => new(null, Answered: false, refusal);
}
