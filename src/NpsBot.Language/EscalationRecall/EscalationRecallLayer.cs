using NpsBot.Language.Escalation;
using NpsBot.Language.Text;

namespace NpsBot.Language.EscalationRecall;

/// <summary>
/// The second, statistical layer of the escalation decision (issue 12, escmodel14): when no cue fires, the
/// <see cref="EscalationModel"/> trained from the shipped lines escalates a complaint its <see cref="Gate"/> admits,
/// with the model's likeliest reason, so the handoff still gets one. The cues' reasons stand
/// whenever they fire (they are the precise layer; the model only adds recall). The gate was chosen by leave-one-batch-out
/// over the retired blind batches together with the texts the conversation sends (<see cref="Evaluation.EscalationModelLeaveOneOut"/>,
/// escmodel15): every left-out batch keeps <see cref="Evaluation.EscalationModelLeaveOneOut.ChoosingFloor"/> precision and
/// none of the conversation texts escalates; only 0.95 did both (escmodel14's 0.35 escalated seven of them). Batch n left
/// out: 88.9 % → 94.4 % recall.
/// </summary>
public static class EscalationRecallLayer
{
    /// <summary>Chosen by leave-one-batch-out together with the conversation texts (Language README, "Fifteenth round (escalation model)").</summary>
    public static EscalationModelGate Gate { get; } = new(Threshold: 0.95, MinimumWords: 0, ShortTextThreshold: 0);

    private static readonly Lock Loading = new();

    // Trained in memory on first use when no data folder gave one (tests, the evaluation verbs): once per process.
    private static readonly Lazy<EscalationModel> TrainedHere = new(() => EscalationModel.Train(EscalationTrainingData.Shipped()));

    private static EscalationModel? _fromDataFolder;

    public static EscalationModel Model => Volatile.Read(ref _fromDataFolder) ?? TrainedHere.Value;

    /// <summary>
    /// At start-up (<see cref="Cli.LanguageCli.WarmUpAsync"/>): loads the model saved in <paramref name="dataDirectory"/>
    /// when it was trained from the shipped lines, else trains and saves it there (<see cref="EscalationModelStore"/>).
    /// Once per process: a later call (test hosts share a process) keeps the model already there; a model already trained
    /// in memory is saved rather than trained again.
    /// </summary>
    public static EscalationModel LoadOrTrain(string dataDirectory)
    {
        lock (Loading)
        {
            if (_fromDataFolder is { } model)
            {
                return model;
            }

            var examples = EscalationTrainingData.Shipped();
            if (TrainedHere.IsValueCreated)
            {
                EscalationModelStore.Save(dataDirectory, TrainedHere.Value, EscalationModelStore.Fingerprint(examples));
                model = TrainedHere.Value;
            }
            else
            {
                model = EscalationModelStore.LoadOrTrain(dataDirectory, examples);
            }

            Volatile.Write(ref _fromDataFolder, model);
            return model;
        }
    }

    /// <summary>The cues' reasons when they found any; otherwise the shipped model's reason when the gate admits its probability.</summary>
    public static IReadOnlyList<string> Decide(string text, IReadOnlyList<string> cueReasons) =>
        Decide(text, cueReasons, Model, Gate);

    /// <summary>As above with a given model and gate (leave-one-batch-out measures folds with models trained without their batch).</summary>
    public static IReadOnlyList<string> Decide(string text, IReadOnlyList<string> cueReasons, EscalationModel model, EscalationModelGate gate)
    {
        ArgumentNullException.ThrowIfNull(cueReasons);
        ArgumentNullException.ThrowIfNull(model);
        // The model is asked only when no cue fired: an escalation the cues find costs no prediction. A phrase the cues
        // know is not meant (a legal route declined, "ich will keinen Anwalt einschalten") keeps the model out too: it
        // reads "Anwalt" as legal wherever it stands.
        return AsksTheModel(text, cueReasons) ? Ask(text, cueReasons, model, gate) : cueReasons;
    }

    /// <summary>
    /// As <see cref="Decide(string, IReadOnlyList{string})"/> from the cues' reading of the text (<see cref="EscalationClassifier.Read(string, double)"/>),
    /// which already says whether a phrase not meant was blanked: the live decision (<see cref="Sentiment.SentimentAnalyzer"/>).
    /// </summary>
    public static IReadOnlyList<string> Decide(string text, CueReading cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        return cues.Reasons.Count == 0 && !cues.NamesAReasonNotMeant ? Ask(text, cues.Reasons, Model, Gate) : cues.Reasons;
    }

    /// <summary>
    /// The model's answer through the gate. A complaint whose probability is proven below every threshold of the gate
    /// (<see cref="EscalationModel.MayReach"/>, perf16) skips ML.NET's prediction: the gate would not admit it anyway. So
    /// does one proven above every threshold with its likeliest reason proven (<see cref="EscalationModel.Foresee"/>,
    /// perf17): the gate admits it whatever its words, and the reason is the one ML.NET's prediction would name.
    /// </summary>
    private static IReadOnlyList<string> Ask(string text, IReadOnlyList<string> cueReasons, EscalationModel model, EscalationModelGate gate)
    {
        var (mayReach, provenReason) = model.Foresee(text, gate.LowestThreshold, gate.HighestThreshold);
        return !mayReach ? cueReasons
            : provenReason is not null && cueReasons.Count == 0 ? [provenReason]
            : Combine(cueReasons, model.Predict(text), gate, EscalationModelGate.Words(text));
    }

    /// <summary>Whether the model is asked at all: no cue fired and no phrase the cues know is not meant.</summary>
    public static bool AsksTheModel(string text, IReadOnlyList<string> cueReasons)
    {
        ArgumentNullException.ThrowIfNull(cueReasons);
        return cueReasons.Count == 0 && !NamesAReasonNotMeant(text);
    }

    /// <summary>The cues' reasons when any; else the model's reason when <paramref name="gate"/> admits it for a text of <paramref name="words"/> words; else none.</summary>
    public static IReadOnlyList<string> Combine(IReadOnlyList<string> cueReasons, (double Probability, string Reason) prediction, EscalationModelGate gate, int words)
    {
        ArgumentNullException.ThrowIfNull(cueReasons);
        ArgumentNullException.ThrowIfNull(gate);
        return cueReasons.Count > 0 || !gate.Admits(prediction.Probability, words) ? cueReasons : [prediction.Reason];
    }

    private static bool NamesAReasonNotMeant(string text)
    {
        var folded = TextFolding.Fold(text);
        return !string.Equals(EscalationNotMeant.Blank(folded), folded, StringComparison.Ordinal);
    }
}
