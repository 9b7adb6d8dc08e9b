using System.Globalization;
using NpsBot.Conversations.Language;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Evaluation;

/// <summary>
/// What the survey's low-confidence path does with a set of theme predictions: below the threshold
/// (<c>Survey:ThemeAskBelow</c>) the customer is asked to pick the theme, so what matters is how many are asked and how
/// often the themes kept above it are right, not the accuracy over all of them.
/// </summary>
public sealed record ThemeAskShare(int Complaints, int Asked, int KeptRight)
{
    public int Kept => Complaints - Asked;

    public double AskedShare => Complaints == 0 ? 0 : (double)Asked / Complaints;

    public double KeptAccuracy => Kept == 0 ? 0 : (double)KeptRight / Kept;

    public static ThemeAskShare Of(IEnumerable<(string Expected, ThemeResult Predicted)> predictions, double askBelow = ThemeResult.DefaultAskBelow)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        int complaints = 0, asked = 0, keptRight = 0;
        foreach (var (expected, predicted) in predictions)
        {
            complaints++;
            if (predicted.Confidence < askBelow)
            {
                asked++;
            }
            else if (string.Equals(expected, predicted.Theme, StringComparison.Ordinal))
            {
                keptRight++;
            }
        }

        return new ThemeAskShare(complaints, asked, keptRight);
    }

    /// <summary>As above from uncalibrated probabilities and the index of the expected theme, calibrated at
    /// <paramref name="temperature"/>: what another temperature would ask (the ranking, so the theme, stays).</summary>
    public static ThemeAskShare Of(IEnumerable<(IReadOnlyList<float> Probabilities, int Expected)> predictions, double temperature, double askBelow = ThemeResult.DefaultAskBelow)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        return Of(predictions.Select(p =>
        {
            var calibrated = ThemeCalibration.Apply(p.Probabilities, temperature);
            var top = Array.IndexOf(calibrated, calibrated.Max());
            return (p.Expected.ToString(CultureInfo.InvariantCulture), new ThemeResult(top.ToString(CultureInfo.InvariantCulture), calibrated[top], null, "offline"));
        }), askBelow);
    }
}
