using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Tests.Scoring;

public sealed class NpsScoreTests
{
    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void The_category_follows_the_nps_bands(int value, NpsCategory expected)
    {
        var score = new NpsScore(value);

        var category = score.Category;

        Assert.Equal(expected, category);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void A_score_outside_0_to_10_cannot_be_made(int value)
    {
        var created = NpsScore.TryCreate(value, out _);

        Assert.False(created);
        Assert.Throws<ArgumentOutOfRangeException>(() => new NpsScore(value));
    }

    [Fact]
    public void Equal_values_are_equal_scores()
    {
        var created = NpsScore.TryCreate(7, out var score);

        Assert.True(created);
        Assert.Equal(new NpsScore(7), score);
        Assert.Equal("7", score.ToString());
    }
}
