namespace NpsBot.Language.EscalationRecall;

/// <summary>
/// When the model alone may escalate: its probability reaches <see cref="Threshold"/>, and, for a text of fewer than
/// <see cref="MinimumWords"/> words, <see cref="ShortTextThreshold"/>. The minimum evidence rule exists because the live
/// survey sends the analyzer short follow-up answers ("about ten days", an order number, "yes") that lie outside the
/// batches the model learnt from, where a few words can tip it; the cues still read short texts in full.
/// </summary>
public sealed record EscalationModelGate(double Threshold, int MinimumWords, double ShortTextThreshold)
{
    public bool Admits(double probability, int words) =>
        probability >= (words < MinimumWords ? Math.Max(Threshold, ShortTextThreshold) : Threshold);

    /// <summary>The least probability <see cref="Admits"/> may admit, whatever the words: below it nothing is admitted.</summary>
    public double LowestThreshold => Threshold;

    /// <summary>The most probability <see cref="Admits"/> may ask, whatever the words: at or above it everything is admitted.</summary>
    public double HighestThreshold => Math.Max(Threshold, ShortTextThreshold);

    /// <summary>Words as the rule counts them: runs of characters holding a letter or a digit, split on white space.</summary>
    public static int Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
    }
}
