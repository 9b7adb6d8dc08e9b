using NpsBot.Language.Escalation;
using NpsBot.Language.EscalationRecall;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.EscalationRecall;

/// <summary>
/// The bound that lets the live decision skip ML.NET's prediction (perf16): built for the shipped model, within float
/// rounding of ML.NET's probabilities on every training line and every evaluation complaint, never above what ML.NET's
/// arithmetic allows, and never skipping a complaint the gate admits; a reason it proves above the gate (perf17) is
/// ML.NET's own; the cues' one reading says what the separate not-meant check said.
/// </summary>
public sealed class EscalationModelBoundTests
{
    private static readonly string Evaluation = Path.Combine(AppContext.BaseDirectory, "Evaluation");

    private static readonly Lazy<IReadOnlyList<string>> Lines = new(() =>
    [
        .. EscalationTrainingData.Shipped().Select(e => e.Text),
        .. Directory.GetDirectories(Evaluation, "blind-*").Concat(Directory.GetDirectories(Evaluation, "escalation-own-*"))
            .Select(folder => Path.Combine(folder, "complaints.tsv")).Where(File.Exists)
            .SelectMany(File.ReadLines).Where(line => !line.StartsWith('#')).Select(line => line.Split('\t')).Where(f => f.Length >= 2).Select(f => f[^1]),
    ]);

    [Fact]
    public void The_shipped_model_has_a_bound() => Assert.NotNull(EscalationRecallLayer.Model.Bound);

    [Fact]
    public void Its_probabilities_are_mlnets_within_rounding_and_its_lowest_never_above_them()
    {
        var model = EscalationRecallLayer.Model;
        var bound = Assert.IsType<EscalationModelBound>(model.Bound);
        Assert.True(Lines.Value.Count > 20_000, $"{Lines.Value.Count} lines");
        foreach (var text in Lines.Value)
        {
            // Predict returns 1 - p(none) rounded to float: 2^-24 is its spacing below 1.
            var mlnetNone = 1 - model.Predict(text).Probability;
            var (none, lowest) = bound.Estimate(text);
            Assert.True(Math.Abs(none - mlnetNone) < 2e-6, $"{none} against ML.NET's {mlnetNone}: {text}");
            Assert.True(lowest <= mlnetNone + (1.0 / (1 << 24)), $"lowest {lowest} above ML.NET's {mlnetNone}: {text}");
        }
    }

    [Fact]
    public void It_never_skips_a_complaint_the_gate_admits_and_skips_most_others()
    {
        var model = EscalationRecallLayer.Model;
        var gate = EscalationRecallLayer.Gate;
        var skipped = 0;
        var below = 0;
        foreach (var text in Lines.Value)
        {
            var admitted = gate.Admits(model.Predict(text).Probability, EscalationModelGate.Words(text));
            var mayReach = model.MayReach(text, gate.LowestThreshold);
            Assert.True(mayReach || !admitted, $"skipped, but ML.NET's probability is admitted: {text}");
            below += admitted ? 0 : 1;
            skipped += mayReach ? 0 : 1;
        }

        Assert.True(skipped > below * 0.99, $"{skipped} skipped of {below} below the gate");
    }

    [Fact]
    public void A_reason_it_proves_is_mlnets_own_above_the_gate_and_it_proves_most_of_them()
    {
        var model = EscalationRecallLayer.Model;
        var gate = EscalationRecallLayer.Gate;
        var proven = 0;
        var above = 0;
        foreach (var text in Lines.Value)
        {
            var (probability, reason) = model.Predict(text);
            var (mayReach, provenReason) = model.Foresee(text, gate.LowestThreshold, gate.HighestThreshold);
            Assert.Equal(model.MayReach(text, gate.LowestThreshold), mayReach);
            if (provenReason is not null)
            {
                Assert.True(probability >= gate.HighestThreshold, $"proven, but ML.NET's probability is {probability}: {text}");
                Assert.Equal(reason, provenReason);
                proven++;
            }

            above += probability >= gate.HighestThreshold ? 1 : 0;
        }

        Assert.True(proven > above * 0.9, $"{proven} proven of {above} above the gate");
    }

    [Fact]
    public void The_cues_one_reading_says_what_the_separate_not_meant_check_said()
    {
        foreach (var text in Lines.Value.Where((_, i) => i % 3 == 0))
        {
            var sentiment = new SentimentAnalyzer().Analyze(text, null).Sentiment;
            var reading = EscalationClassifier.Read(text, sentiment);
            Assert.Equal(EscalationClassifier.Classify(text, sentiment), reading.Reasons);
            Assert.Equal(EscalationRecallLayer.AsksTheModel(text, []), !reading.NamesAReasonNotMeant);
        }
    }

    [Fact]
    public void A_model_loaded_with_other_training_texts_has_no_bound()
    {
        var folder = Directory.CreateTempSubdirectory("npsbot-bound-");
        try
        {
            var path = Path.Combine(folder.FullName, EscalationModelStore.FileName);
            EscalationRecallLayer.Model.Save(path);
            var shuffled = EscalationTrainingData.Shipped().Select(e => e.Text).Reverse().ToList();
            Assert.Null(EscalationModel.Load(path, shuffled).Bound);
            Assert.Null(EscalationModel.Load(path).Bound);
            Assert.NotNull(EscalationModel.Load(path, [.. EscalationTrainingData.Shipped().Select(e => e.Text)]).Bound);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
