using NpsBot.Surveys.Survey;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class ConcernSummaryTests
{
    [Theory]
    [InlineData("The delivery was two days late.", "The delivery was two days late")]
    [InlineData("  too   expensive!! ", "too expensive")]
    [InlineData("The parcel arrived late. Also the box was crushed and wet.", "The parcel arrived late")]
    [InlineData("\"rude staff\"", "rude staff")]
    public void The_concern_keeps_the_customers_words_up_to_the_first_sentence(string reason, string expected)
    {
        var concern = ConcernSummary.Of(reason);

        Assert.Equal(expected, concern);
    }

    [Fact]
    public void A_long_reason_is_cut_at_a_word_with_an_ellipsis()
    {
        var reason = string.Join(' ', Enumerable.Repeat("waiting", 30));

        var concern = ConcernSummary.Of(reason);

        Assert.True(concern.Length <= 81);
        Assert.EndsWith("waiting…", concern, StringComparison.Ordinal);
    }
}
