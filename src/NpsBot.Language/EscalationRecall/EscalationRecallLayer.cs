using NpsBot.Language.Escalation;
using NpsBot.Language.Text;

namespace NpsBot.Language.EscalationRecall;

/// <summary>
/// The second, statistical layer of the escalation decision (issue 12, escmodel14): when no cue fires, the
/// <see cref="EscalationModel"/> trained from the shipped lines escalates a complaint whose probability reaches
/// <see cref="Threshold"/>, with the model's likeliest reason, so the handoff still gets one. The cues' reasons stand
/// whenever they fire (they are the precise layer; the model only adds recall). The threshold was chosen by
/// leave-one-batch-out over the retired blind batches (<see cref="Evaluation.EscalationModelLeaveOneOut"/>): the lowest
/// that kept every left-out batch's precision at or above <see cref="Evaluation.EscalationModelLeaveOneOut.ChoosingFloor"/>
/// (0.85; 0.30 kept only 0.84): batch m, the one batch the cues were never tuned on, 80.1 % → 96.8 % recall at 86.7 % precision.
/// </summary>
public static class EscalationRecallLayer
{
    public const double Threshold = 0.35;

    /// <summary>
    /// Whether the live decision (<see cref="Sentiment.SentimentAnalyzer"/>) asks the model. Off: at integration the model
    /// escalated texts of the core survey flow that no definition calls for ("about ten days, and it is the second time" as
    /// a follow-up answer, "refund me 500 dollars and change my score to 10"), so the survey uses the cues alone until its
    /// precision on such short, out-of-batch texts is fixed. The model, its data and its leave-one-batch-out stay measured.
    /// </summary>
    public static bool InTheLiveDecision => false;

    // Trained once per process, on first use (the server's warm-up, LanguageCli.WarmUpAsync, makes that before it listens).
    private static readonly Lazy<EscalationModel> ShippedModel = new(() => EscalationModel.Train(EscalationTrainingData.Shipped()));

    public static EscalationModel Model => ShippedModel.Value;

    /// <summary>The cues' reasons when they found any; otherwise the shipped model's reason when its probability reaches the threshold.</summary>
    public static IReadOnlyList<string> Decide(string text, IReadOnlyList<string> cueReasons) =>
        Decide(text, cueReasons, Model, Threshold);

    /// <summary>As above with a given model and threshold (leave-one-batch-out measures folds with models trained without their batch).</summary>
    public static IReadOnlyList<string> Decide(string text, IReadOnlyList<string> cueReasons, EscalationModel model, double threshold)
    {
        ArgumentNullException.ThrowIfNull(cueReasons);
        ArgumentNullException.ThrowIfNull(model);
        // The model is asked only when no cue fired: an escalation the cues find costs no prediction. A phrase the cues
        // know is not meant (a legal route declined, "ich will keinen Anwalt einschalten") keeps the model out too: it
        // reads "Anwalt" as legal wherever it stands.
        return cueReasons.Count > 0 || NamesAReasonNotMeant(text) ? cueReasons : Combine(cueReasons, model.Predict(text), threshold);
    }

    /// <summary>The cues' reasons when any; else the model's reason when its probability reaches <paramref name="threshold"/>; else none.</summary>
    public static IReadOnlyList<string> Combine(IReadOnlyList<string> cueReasons, (double Probability, string Reason) prediction, double threshold)
    {
        ArgumentNullException.ThrowIfNull(cueReasons);
        return cueReasons.Count > 0 || prediction.Probability < threshold ? cueReasons : [prediction.Reason];
    }

    private static bool NamesAReasonNotMeant(string text)
    {
        var folded = TextFolding.Fold(text);
        return !string.Equals(EscalationNotMeant.Blank(folded), folded, StringComparison.Ordinal);
    }
}
