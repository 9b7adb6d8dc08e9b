using NpsBot.Language.Evaluation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// Escalation on the blind batches d, e, f and g, tuned on in the sixth, seventh and eighth rounds (their first runs,
/// 88.6 %, 86.9 %, 89.8 % and 87.5 % recall, stay the honest figures), on our own first set and set e (tuned on in the
/// eighth round), and on own set h, never tuned on; batch i (tuned on in esc12j, first run 88.0 %) and batch h, whose
/// misses nobody has read (its first run, 93.3 %, is its honest figure; 94.4 % now with esc12j's general cues and second
/// tier); batch k (tuned on in esc12k, first run 89.4 %) and batch j, whose misses nobody has read for escalation
/// (first run 90.7 %, 91.1 % after esc12k's general cues); batch l (tuned on in esc12l, first run 84.0 %); batch m (tuned on in esc14, first run 80.1 %, now 100 % at 98.6 %): floors just under the figures reached (README), so a cue that
/// is lost shows here.
/// </summary>
public sealed class EscalationTunedBatchesTests
{
    private static readonly string Evaluation = Path.Combine(AppContext.BaseDirectory, "Evaluation");

    [Theory]
    [InlineData("blind-2026-12-01-d/complaints.tsv", 0.99, 0.90)]
    [InlineData("blind-2026-12-02-e/complaints.tsv", 0.99, 0.90)]
    [InlineData("blind-2026-12-02-f/complaints.tsv", 0.99, 0.90)]
    [InlineData("blind-2026-12-02-g/complaints.tsv", 0.99, 0.90)]
    [InlineData("blind-2026-12-02-h/complaints.tsv", 0.94, 0.90)]
    [InlineData("blind-2026-12-02-i/complaints.tsv", 0.99, 0.90)]
    [InlineData("blind-2026-12-02-j/complaints.tsv", 0.90, 0.90)]
    [InlineData("blind-2026-12-02-k/complaints.tsv", 0.99, 0.95)]
    [InlineData("blind-2026-12-02-l/complaints.tsv", 0.97, 0.95)]
    [InlineData("blind-2026-12-03-m/complaints.tsv", 0.99, 0.97)]
    [InlineData("escalation-own-2026-12-02/complaints.tsv", 0.80, 0.90)]
    [InlineData("escalation-own-2026-12-02-e/complaints.tsv", 0.99, 0.90)]
    [InlineData("escalation-own-2026-12-02-h/complaints.tsv", 0.90, 0.90)]
    public void Escalation_stays_at_its_figures(string file, double recallFloor, double precisionFloor)
    {
        var analyzer = new SentimentAnalyzer();
        var cases = EvaluationSets.ReadAnyComplaints(Path.Combine(Evaluation, file));
        var pairs = cases.Select(c => (c.Reasons, analyzer.Analyze(c.Text, c.Language).Reasons)).ToList();

        var figures = EscalationEvaluation.From(pairs);

        Assert.True(figures.Recall >= recallFloor && figures.Precision >= precisionFloor, $"{file}: recall {figures.Recall:P1}, precision {figures.Precision:P1}");
    }
}
