namespace NpsBot.Recovery.Insights;

/// <summary>NPS (with its margin and count) of the responses whose survey started in the week or month beginning <paramref name="PeriodStart"/>.</summary>
public sealed record TrendPoint(DateOnly PeriodStart, NpsFigure Figure);
