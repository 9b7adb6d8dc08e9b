using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace NpsBot.Language.EscalationRecall;

/// <summary>
/// Proves, without ML.NET's prediction, that the escalation model's probability of escalating stays below a gate (perf16:
/// the model's prediction was most of the live decision's cost on a plain complaint, and almost every complaint is far
/// below the gate). The features come from <see cref="EscalationModelFeatures"/>; the scores from the model's own
/// weights and biases (<c>MaximumEntropyModelParameters.GetWeights</c>), in double; the probability of "none" from
/// the softmax of those scores. ML.NET computes the same quantities in float: its features differ from the exact ones
/// by at most (n + 24)·u relatively (u = 2⁻²⁴, n features), its dot products by γ·Σ|w·x|, its softmax by a few u; the
/// bound below allows for twice all of that, and answers "cannot reach" only when even the lowest probability of "none"
/// those errors allow keeps the escalation probability under the gate. Otherwise the caller runs ML.NET as before, so
/// every decision stays ML.NET's own. ML.NET has no cheaper way to score one row (a prediction engine runs the whole
/// row machinery: text normalization, tokenization, two n-gram bags, normalization, concatenation, per call); hence the
/// hand-computed bound, checked against ML.NET's probabilities by <c>EscalationModelBoundTests</c>.
/// </summary>
public sealed class EscalationModelBound
{
    private const double Unit = 1.0 / (1 << 24);

    private readonly EscalationModelFeatures _features;
    private readonly float[] _weights;
    private readonly float[] _largestWeight;
    private readonly double[] _biases;
    private readonly double _largestBias;
    private readonly int _classes;
    private readonly int _none;

    [ThreadStatic]
    private static Scratch? _scratch;

    private EscalationModelBound(EscalationModelFeatures features, float[] weights, float[] largestWeight, double[] biases, int none)
    {
        _features = features;
        _weights = weights;
        _largestWeight = largestWeight;
        _biases = biases;
        _largestBias = biases.Max(Math.Abs);
        _classes = biases.Length;
        _none = none;
    }

    /// <summary>
    /// The bound of <paramref name="model"/> (a chain ending in a maximum-entropy predictor over a "Features" column made by
    /// the escalation featurizer) trained on <paramref name="trainedOn"/> in that order; null when the replayed featurizer's
    /// slots are not the model's, or the model is not of that shape: then every complaint goes to ML.NET.
    /// </summary>
    public static EscalationModelBound? TryCreate(MLContext ml, ITransformer model, DataViewSchema inputSchema, IReadOnlyList<string> trainedOn, int none)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        if (none < 0 || model is not IEnumerable<ITransformer> chain
            || chain.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().SingleOrDefault() is not { } predictor
            || predictor.FeatureColumnName != "Features")
        {
            return null;
        }

        var outputSchema = model.GetOutputSchema(inputSchema);
        var slotNames = default(VBuffer<ReadOnlyMemory<char>>);
        outputSchema["Features"].GetSlotNames(ref slotNames);
        var features = EscalationModelFeatures.TryBuild(trainedOn, [.. slotNames.DenseValues().Select(n => n.ToString())], CharKeyNames(ml));
        if (features is null)
        {
            return null;
        }

        var perClass = default(VBuffer<float>[]);
        predictor.Model.GetWeights(ref perClass, out var classes);
        double[] biases = [.. predictor.Model.GetBiases().Select(b => (double)b)];
        if (classes != biases.Length || none >= classes || perClass.Any(w => w.Length != features.Slots))
        {
            return null;
        }

        // Slot-major: the classes' weights of one slot side by side.
        var weights = new float[features.Slots * classes];
        var largest = new float[features.Slots];
        for (var k = 0; k < classes; k++)
        {
            foreach (var (slot, weight) in perClass[k].Items())
            {
                weights[(slot * classes) + k] = weight;
                largest[slot] = Math.Max(largest[slot], Math.Abs(weight));
            }
        }

        return weights.All(float.IsFinite) && biases.All(double.IsFinite) ? new EscalationModelBound(features, weights, largest, biases, none) : null;
    }

    /// <summary>True only when ML.NET's probability of escalating (one minus that of "none") is proven below <paramref name="gate"/>.</summary>
    /// <remarks><see cref="EscalationModel.Predict"/> returns 1 − p rounded to float (at most 2⁻²⁵ off), hence the 1e-6 kept below the gate.</remarks>
    public bool CannotReach(string text, double gate) => Estimate(text).LowestNone is var lowest && double.IsFinite(lowest) && 1 - lowest < gate - 1e-6;

    /// <summary>
    /// The probability of "none" computed here (<c>None</c>, within rounding of ML.NET's) and the least that ML.NET's may be
    /// given its float arithmetic (<c>LowestNone</c>); NaN when not computed.
    /// </summary>
    public (double None, double LowestNone) Estimate(string text)
    {
        var (none, error) = Softmax(text, out _);
        return double.IsNaN(none) ? (double.NaN, double.NaN) : (none, none * Math.Exp(-error));
    }

    /// <summary>
    /// Where ML.NET's prediction stands against a gate, proven both ways (perf17): <c>CannotReach</c> as
    /// <see cref="CannotReach"/> (<paramref name="lowestGate"/>); else <c>Reason</c>, the class ML.NET would name as the
    /// likeliest reason, when its probability of escalating is proven at or above <paramref name="highestGate"/> and that
    /// class proven ahead of every other reason (its lowest probability above their highest, beyond float rounding): the
    /// gate admits it whatever else, and ML.NET's prediction would say nothing more. -1 when neither is proven.
    /// </summary>
    public (bool CannotReach, int Reason) Judge(string text, double lowestGate, double highestGate)
    {
        var (none, error) = Softmax(text, out var probabilities);
        // The lowest "none" computed as Estimate does, so CannotReach answers exactly as before.
        var lowest = none * Math.Exp(-error);
        if (!double.IsFinite(lowest))
        {
            return (false, -1);
        }

        if (1 - lowest < lowestGate - 1e-6)
        {
            return (true, -1);
        }

        var slack = Math.Exp(error);
        if (!double.IsFinite(slack) || 1 - (none * slack) < highestGate + 1e-6)
        {
            return (false, -1);
        }

        var top = -1;
        for (var k = 0; k < _classes; k++)
        {
            if (k != _none && (top < 0 || probabilities[k] > probabilities[top]))
            {
                top = k;
            }
        }

        for (var k = 0; k < _classes; k++)
        {
            if (k != _none && k != top && probabilities[top] / slack <= probabilities[k] * slack * (1 + 1e-6))
            {
                return (false, -1);
            }
        }

        return (false, top);
    }

    /// <summary>
    /// The probability of "none" computed here, and the error (in log terms) that ML.NET's float arithmetic may put on any
    /// class's probability; every class's probability in <paramref name="probabilities"/> (this thread's scratch). NaN when not computed.
    /// </summary>
    private (double None, double Error) Softmax(string text, out double[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(text);
        // One scratch per thread, made again when a model of more slots or other classes is asked on it (leave-one-out folds).
        var scratch = _scratch is { } mine && mine.Counts.Length >= _features.Slots && mine.Scores.Length == _classes
            ? mine
            : _scratch = new Scratch(_features.Slots, _classes);
        var (counts, touched, scores) = (scratch.Counts, scratch.Touched, scratch.Scores);
        probabilities = scratch.Probabilities;
        try
        {
            _features.Count(text, counts, touched, out var charTouched);
            var charNorm = Norm(touched, 0, charTouched, counts);
            var wordNorm = Norm(touched, charTouched, touched.Count, counts);
            if (charNorm > 1e7 || wordNorm > 1e7)
            {
                return (double.NaN, double.NaN); // ML.NET leaves a vector with a norm past 1e8 unscaled; far outside any complaint, so not modelled
            }

            _biases.CopyTo(scores, 0);
            var absolute = 0.0;
            for (var t = 0; t < touched.Count; t++)
            {
                var slot = touched[t];
                var value = counts[slot] * _features.InverseDocumentFrequency(slot) / (t < charTouched ? charNorm : wordNorm);
                if (value == 0 || double.IsNaN(value))
                {
                    continue;
                }

                absolute += value * _largestWeight[slot];
                var row = slot * _classes;
                for (var k = 0; k < _classes; k++)
                {
                    scores[k] += value * _weights[row + k];
                }
            }

            // ML.NET's error on each score (features, products, sums, bias), doubled for margin.
            var n = touched.Count;
            var largestScore = 0.0;
            for (var k = 0; k < _classes; k++)
            {
                largestScore = Math.Max(largestScore, Math.Abs(scores[k]));
            }

            var scoreError = 2 * ((3 * (n + 24) * Unit * absolute) + (2 * Unit * (_largestBias + absolute + 1)));
            var max = double.NegativeInfinity;
            for (var k = 0; k < _classes; k++)
            {
                max = Math.Max(max, scores[k]);
            }

            var sum = 0.0;
            for (var k = 0; k < _classes; k++)
            {
                probabilities[k] = Math.Exp(scores[k] - max);
                sum += probabilities[k];
            }

            for (var k = 0; k < _classes; k++)
            {
                probabilities[k] /= sum;
            }

            var none = probabilities[_none];
            // Softmax in float: log Z and the difference rounded, the exponential rounded (relative), with margin.
            var softmaxError = (4 * Unit * (largestScore + scoreError + Math.Log(_classes) + 2)) + 1e-12;
            return (none, (2 * scoreError) + softmaxError);
        }
        finally
        {
            foreach (var slot in touched)
            {
                counts[slot] = 0;
            }

            touched.Clear();
        }
    }

    private double Norm(List<int> touched, int from, int to, int[] counts)
    {
        var squares = 0.0;
        for (var t = from; t < to; t++)
        {
            var value = counts[touched[t]] * _features.InverseDocumentFrequency(touched[t]);
            squares += value * value;
        }

        return Math.Sqrt(squares) is var norm && norm > 0 ? norm : 1;
    }

    /// <summary>ML.NET's name of each character key (key k, from 1, is character k), as its n-gram slot names spell them.</summary>
    private static string[] CharKeyNames(MLContext ml)
    {
        var data = ml.Data.LoadFromEnumerable(new[] { new CharRow() });
        var schema = ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", nameof(CharRow.Text)).Fit(data).GetOutputSchema(data.Schema);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        schema["Chars"].GetKeyValues(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }

    private sealed class CharRow
    {
        public string Text { get; set; } = "a";
    }

    private sealed class Scratch(int slots, int classes)
    {
        public int[] Counts { get; } = new int[slots];

        public List<int> Touched { get; } = new(256);

        public double[] Scores { get; } = new double[classes];

        public double[] Probabilities { get; } = new double[classes];
    }
}
