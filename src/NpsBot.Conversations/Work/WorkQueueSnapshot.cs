namespace NpsBot.Conversations.Work;

/// <summary>The work queue at one moment.</summary>
/// <param name="Depth">Jobs waiting or running (not the dead letters).</param>
/// <param name="OldestDueAge">How long the oldest due job has been waiting past its due time (zero when none is late): a stuck queue grows this.</param>
/// <param name="DeadLetters">Jobs that gave up and wait for an operator (the <c>dead-letters</c> verb).</param>
public sealed record WorkQueueSnapshot(long Depth, TimeSpan OldestDueAge, long DeadLetters);
