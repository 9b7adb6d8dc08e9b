namespace NpsBot.Recovery.Insights;

/// <summary>One theme in one week or month: its count (<c>Figure.Count</c>) and NPS.</summary>
public sealed record ThemeTrendPoint(DateOnly PeriodStart, string Theme, NpsFigure Figure);
