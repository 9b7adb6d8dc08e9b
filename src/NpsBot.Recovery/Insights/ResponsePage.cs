namespace NpsBot.Recovery.Insights;

/// <summary>One page of a list, newest first, and the cursor of the next page (null on the last).</summary>
public sealed record ResponsePage<T>(IReadOnlyList<T> Items, string? NextCursor);
