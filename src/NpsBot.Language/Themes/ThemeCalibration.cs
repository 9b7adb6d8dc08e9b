namespace NpsBot.Language.Themes;

/// <summary>
/// Temperature scaling of the theme model's probabilities: p'ᵢ ∝ pᵢ^(1/T). The maximum-entropy model is
/// over-confident on complaints unlike its training lines (on the blind batches, answers given 0.8–0.9 were right about
/// two times in three), so its probabilities are softened by one temperature fitted on out-of-fold predictions of the training
/// data (<see cref="Temperature"/>); the ranking of the themes does not change. ML.NET calibrates binary classifiers only
/// (Platt, isotonic), so this one-parameter multiclass step is written here.
/// </summary>
public static class ThemeCalibration
{
    /// <summary>Fitted by minimising the log-loss of 3-fold out-of-fold predictions on the shipped training data (see the README).</summary>
    public const double Temperature = 1.3;

    /// <summary>
    /// The temperature (0.5–4, steps of 0.05) with the lowest log-loss on predictions the model was not trained on
    /// (left-out batches, <see cref="Evaluation.ThemeLeaveOneOut"/>), with that log-loss and the one at <see cref="Temperature"/>.
    /// </summary>
    public static (double Temperature, double LogLoss, double LogLossNow) FitTemperature(IReadOnlyList<(IReadOnlyList<float> Probabilities, int Expected)> predictions)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentOutOfRangeException.ThrowIfZero(predictions.Count);
        var best = (Temperature: 1.0, LogLoss: double.MaxValue);
        for (var step = 10; step <= 80; step++)
        {
            var loss = LogLoss(predictions, step * 0.05);
            if (loss < best.LogLoss)
            {
                best = (step * 0.05, loss);
            }
        }

        return (Math.Round(best.Temperature, 2), best.LogLoss, LogLoss(predictions, Temperature));
    }

    private static double LogLoss(IReadOnlyList<(IReadOnlyList<float> Probabilities, int Expected)> predictions, double temperature) =>
        predictions.Average(p => -Math.Log(Math.Max(Apply(p.Probabilities, temperature)[p.Expected], 1e-9)));

    public static double[] Apply(IReadOnlyList<float> probabilities, double temperature = Temperature)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(temperature);
        var scaled = probabilities.Select(p => Math.Exp(Math.Log(Math.Max(p, 1e-9)) / temperature)).ToArray();
        var total = scaled.Sum();
        return [.. scaled.Select(s => s / total)];
    }
}
