namespace NpsBot.Recovery.Insights;

/// <summary>
/// NPS with its 95 % margin of error and the count behind it. With p and d the shares of promoters and detractors
/// among n scored responses: NPS = 100 (p − d), variance (p + d − (p − d)²) / n, margin = 100 × 1.96 × √variance.
/// </summary>
public sealed record NpsFigure(int Promoters, int Passives, int Detractors)
{
    /// <summary>Below this many responses the figure is shown as "not yet reliable".</summary>
    public const int ReliableFrom = 30;

    public static NpsFigure Empty { get; } = new(0, 0, 0);

    public int Count => Promoters + Passives + Detractors;

    /// <summary>−100 to 100; null when nobody gave a score.</summary>
    public double? Nps => Count == 0 ? null : 100.0 * (Promoters - Detractors) / Count;

    /// <summary>Half-width of the 95 % confidence interval, in NPS points; null when nobody gave a score.</summary>
    public double? Margin
    {
        get
        {
            if (Count == 0)
            {
                return null;
            }

            var p = (double)Promoters / Count;
            var d = (double)Detractors / Count;
            var variance = (p + d - ((p - d) * (p - d))) / Count;
            return 100 * 1.96 * Math.Sqrt(Math.Max(0, variance));
        }
    }

    /// <summary>False below <see cref="ReliableFrom"/> responses: say "not yet reliable" rather than show a trend.</summary>
    public bool IsReliable => Count >= ReliableFrom;
}
