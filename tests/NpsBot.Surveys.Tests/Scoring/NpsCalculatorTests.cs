using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Tests.Scoring;

public sealed class NpsCalculatorTests
{
    [Fact]
    public void No_scores_have_no_nps()
    {
        var nps = NpsCalculator.Calculate([]);

        Assert.Null(nps);
    }

    [Theory]
    [InlineData(new[] { 9, 10, 10 }, 100.0)]
    [InlineData(new[] { 0, 3, 6 }, -100.0)]
    [InlineData(new[] { 7, 8 }, 0.0)]
    [InlineData(new[] { 10, 9, 8, 7, 6, 0 }, 0.0)]
    [InlineData(new[] { 10, 9, 8, 3, 0, 5 }, -16.7)]
    [InlineData(new[] { 10, 10, 7 }, 66.7)]
    [InlineData(new[] { 10, 7, 7, 7, 7, 7, 7, 7 }, 12.5)]
    public void Nps_is_percent_promoters_minus_percent_detractors_to_one_decimal(int[] values, double expected)
    {
        var scores = values.Select(v => new NpsScore(v));

        var nps = NpsCalculator.Calculate(scores);

        Assert.Equal(expected, nps);
    }
}
