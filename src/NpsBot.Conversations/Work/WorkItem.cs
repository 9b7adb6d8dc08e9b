namespace NpsBot.Conversations.Work;

/// <summary>A claimed job of the durable work queue, as its handler sees it.</summary>
/// <param name="Id">The queue row's id (stable across retries).</param>
/// <param name="Kind">The handler's kind.</param>
/// <param name="Payload">The JSON the job was scheduled with.</param>
/// <param name="Attempt">1 on the first run, 2 on the first retry...</param>
/// <param name="DueAt">When it was due.</param>
public sealed record WorkItem(long Id, string Kind, string Payload, int Attempt, DateTimeOffset DueAt);
