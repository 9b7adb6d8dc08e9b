namespace NpsBot.Recovery.Insights;

/// <summary>How many responses gave one score of the 0–10 distribution.</summary>
public sealed record ScoreCount(int Score, int Count);
