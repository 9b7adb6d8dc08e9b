using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

public sealed class ThemeCalibrationTests
{
    private static readonly float[] Raw = [0.9f, 0.06f, 0.04f];

    [Fact]
    public void A_temperature_above_one_lowers_the_top_probability_keeps_the_order_and_sums_to_one()
    {
        var calibrated = ThemeCalibration.Apply(Raw, 2);

        Assert.InRange(calibrated[0], 0.5, 0.89);
        Assert.True(calibrated[0] > calibrated[1] && calibrated[1] > calibrated[2]);
        Assert.Equal(1, calibrated.Sum(), 6);
    }

    [Fact]
    public void A_temperature_of_one_changes_nothing()
    {
        var calibrated = ThemeCalibration.Apply(Raw, 1);

        Assert.Equal(Raw.Select(p => (double)p), calibrated, (a, b) => Math.Abs(a - b) < 1e-6);
    }

    [Theory]
    [InlineData(0.6, 1.5, 4.0)]
    [InlineData(0.97, 0.5, 0.9)]
    public void The_fitted_temperature_softens_a_model_right_less_often_than_it_claims_and_sharpens_one_right_more_often(
        double rightShare, double lowest, double highest)
    {
        // Every prediction claims 0.9 for its top theme; right in rightShare of them.
        var predictions = Enumerable.Range(0, 100)
            .Select(i => ((IReadOnlyList<float>)[0.9f, 0.06f, 0.04f], i < rightShare * 100 ? 0 : 1))
            .ToList();

        var fit = ThemeCalibration.FitTemperature(predictions);

        Assert.InRange(fit.Temperature, lowest, highest);
        Assert.True(fit.LogLoss <= fit.LogLossNow);
    }

    [Fact]
    public void The_shipped_temperature_softens_the_model_and_its_confidence_stays_a_probability()
    {
        var result = TrainedModel.Instance.Predict("the thing I got");

        Assert.True(ThemeCalibration.Temperature > 1);
        Assert.InRange(result.Confidence, 1.0 / 7, 1);
    }
}
