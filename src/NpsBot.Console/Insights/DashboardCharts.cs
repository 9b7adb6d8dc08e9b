using System.Globalization;
using NpsBot.Recovery.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Console.Insights;

/// <summary>The dashboard's figures as bars, each linked to the filter plus its segment.</summary>
public static class DashboardCharts
{
    public static IReadOnlyList<ChartBar> Distribution(IReadOnlyList<ScoreCount> counts, InsightsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var total = counts.Sum(c => c.Count);
        if (total == 0)
        {
            return [];
        }

        var most = counts.Max(c => c.Count);
        return counts.Select(c => new ChartBar(
            c.Score.ToString(CultureInfo.InvariantCulture),
            $"{c.Count} ({InsightsFormat.Share(c.Count, total)}), {InsightsFilterParser.BandName(new NpsScore(c.Score).Category)}s",
            (double)c.Count / most,
            c.Count == 0 ? null : InsightsLinks.Responses(filter with { Score = c.Score, Band = null }),
            "bar-" + InsightsFilterParser.BandName(new NpsScore(c.Score).Category))).ToList();
    }

    /// <summary>Count and NPS per theme: the bar's length is the count, its colour the NPS (a detractor theme is red).</summary>
    public static IReadOnlyList<ChartBar> Themes(IReadOnlyList<SegmentFigure> themes, InsightsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var most = themes.Count == 0 ? 0 : themes.Max(t => t.Figure.Count);
        return themes.Where(t => t.Figure.Count > 0).OrderByDescending(t => t.Figure.Count).Select(t => new ChartBar(
            t.Key,
            $"{t.Figure.Count} responses, {InsightsFormat.Nps(t.Figure)}",
            (double)t.Figure.Count / most,
            t.Key == SegmentFigure.None ? null : InsightsLinks.Responses(filter with { Theme = t.Key }),
            t.Figure.Nps is < 0 ? "bar-detractor" : t.Figure.Nps is >= 30 ? "bar-promoter" : "bar-passive")).ToList();
    }

    /// <summary>Detractors → case opened → contact within SLA → resolved → re-surveyed → recovered; steps not recorded are said so.</summary>
    public static IReadOnlyList<ChartBar> Funnel(RecoveryFunnel funnel, InsightsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(funnel);
        if (funnel.Detractors == 0)
        {
            return [];
        }

        var detractors = filter with { Band = NpsCategory.Detractor };
        var bars = new List<ChartBar> { Step("Detractors", funnel.Detractors, null, funnel.Detractors, InsightsLinks.Responses(detractors)) };
        int? previous = funnel.Detractors;
        foreach (var (label, count, stage) in new (string, int?, FunnelStage)[]
        {
            ("Case opened", funnel.CaseOpened, FunnelStage.CaseOpened),
            ("First human contact within SLA", funnel.FirstContactWithinSla, FunnelStage.ContactWithinSla),
            ("Resolved", funnel.Resolved, FunnelStage.Resolved),
            ("Re-surveyed", funnel.Resurveyed, FunnelStage.Resurveyed),
            ("Recovered (re-survey 7 or more)", funnel.Recovered, FunnelStage.Recovered),
        })
        {
            bars.Add(count is { } value
                ? Step(label, value, previous, funnel.Detractors, InsightsLinks.Responses(detractors with { Stage = stage }))
                : new ChartBar(label, "not recorded yet", 0, null));
            previous = count;
        }

        bars.Add(new ChartBar("Resolved with a person", $"{funnel.ResolvedWithPerson} of {funnel.Resolved} resolved", Fraction(funnel.ResolvedWithPerson, funnel.Detractors),
            InsightsLinks.Responses(detractors with { Stage = FunnelStage.ResolvedWithPerson })));
        bars.Add(Split("Recovered with a person", funnel.RecoveredWithPerson, funnel.Detractors));
        bars.Add(Split("Recovered without a person", funnel.RecoveredWithoutPerson, funnel.Detractors));
        return bars;
    }

    public static IReadOnlyList<ChartBar> Agreement(IReadOnlyList<ThemeAgreementPoint> points, InsightsFilter filter, TrendGranularity granularity)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.Where(p => p.Reviewed > 0).Select(p => new ChartBar(
            InsightsFormat.Period(p.PeriodStart, granularity),
            $"{InsightsFormat.Percent(p.Agreement)} agreed ({p.Agreed} of {p.Reviewed} reviewed labels)",
            p.Agreement ?? 0,
            InsightsLinks.Responses(InsightsLinks.Period(filter, p.PeriodStart, granularity)),
            p.Agreement is >= 0.8 ? "bar-promoter" : p.Agreement is >= 0.6 ? "bar-passive" : "bar-detractor")).ToList();
    }

    private static ChartBar Step(string label, int count, int? previous, int detractors, string href)
    {
        var conversion = previous is { } before && before > 0 ? $", {InsightsFormat.Share(count, before)} of the step before" : "";
        return new ChartBar(label, $"{count} ({InsightsFormat.Share(count, detractors)} of detractors{conversion})", Fraction(count, detractors), href);
    }

    private static ChartBar Split(string label, int? count, int detractors) => count is { } value
        ? new ChartBar(label, $"{value}", Fraction(value, detractors), null)
        : new ChartBar(label, "not recorded yet", 0, null);

    private static double Fraction(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
