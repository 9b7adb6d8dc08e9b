using NpsBot.Language.EscalationRecall;
using NpsBot.Language.Evaluation;

namespace NpsBot.Language.Tests.EscalationRecall;

/// <summary>
/// Batch n, the one blind batch the cues were never tuned on (m was, in the same round), measured on a model trained
/// without it (the fold of
/// <see cref="EscalationModelLeaveOneOut"/>, one model trained here rather than all fourteen, to keep the suite short):
/// the shipped gate must raise its recall and keep its precision above the floor. Thresholds just under the
/// figures reached (cues alone 88.9 % at 94.1 %; with the model at escmodel15's gate, 0.95, 94.4 % recall, 94.0 % (203 of
/// 216) since batch p joined the training lines; 98.1 % on its first run at 0.35, a gate that escalated conversation
/// texts no definition calls for).
/// </summary>
public sealed class EscalationModelLeftOutBatchTests
{
    private const string Batch = "blind-2026-12-03-n";

    private static readonly Lazy<(EscalationEvaluation Cues, EscalationEvaluation CuesOrModel)> Figures = new(Measure);

    [Fact]
    public void The_model_raises_the_left_out_batchs_recall_above_ninety_three_and_a_half_percent()
    {
        Assert.True(Figures.Value.Cues.Recall < 0.90, $"cues alone {Figures.Value.Cues.Recall:P1}");
        Assert.True(Figures.Value.CuesOrModel.Recall >= 0.935, $"{Figures.Value.Cues.Recall:P1} → {Figures.Value.CuesOrModel.Recall:P1}");
    }

    [Fact]
    public void The_left_out_batch_keeps_its_precision_above_the_floor() =>
        Assert.True(Figures.Value.CuesOrModel.Precision >= 0.85, $"{Figures.Value.Cues.Precision:P1} → {Figures.Value.CuesOrModel.Precision:P1}");

    private static (EscalationEvaluation, EscalationEvaluation) Measure()
    {
        var cases = EvaluationSets.ReadAnyComplaints(Path.Combine(AppContext.BaseDirectory, "Evaluation", Batch, "complaints.tsv"));
        var model = EscalationModel.Train(EscalationModelLeaveOneOut.TrainingWithout(EscalationTrainingData.ShippedWithBatches(), Batch, cases));
        var analyzer = new NpsBot.Language.Sentiment.SentimentAnalyzer();
        var scored = cases.Select(c => (c.Reasons, Cues: NpsBot.Language.Escalation.EscalationClassifier.Classify(c.Text, analyzer.Analyze(c.Text, c.Language).Sentiment), c.Text)).ToList();
        return (
            EscalationEvaluation.From([.. scored.Select(s => (s.Reasons, s.Cues))]),
            EscalationEvaluation.From([.. scored.Select(s => (s.Reasons, EscalationRecallLayer.Decide(s.Text, s.Cues, model, EscalationRecallLayer.Gate)))]));
    }
}
