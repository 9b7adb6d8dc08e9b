using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Tests.Sentiment;

public sealed class SentimentAnalyzerTests
{
    private readonly SentimentAnalyzer _analyzer = new();

    [Theory]
    [InlineData("great service, very friendly staff")]
    [InlineData("excelente, muy rápido")]
    [InlineData("super, sehr zufrieden")]
    public void Praise_is_positive(string text)
    {
        var result = _analyzer.Analyze(text, null);

        Assert.InRange(result.Sentiment, 0.3, 1);
        Assert.False(result.Escalate);
    }

    [Theory]
    [InlineData("terrible, the worst experience")]
    [InlineData("pésimo servicio")]
    [InlineData("vraiment nul et décevant")]
    public void Complaints_are_negative(string text)
    {
        var result = _analyzer.Analyze(text, null);

        Assert.InRange(result.Sentiment, -1, -0.3);
    }

    [Fact]
    public void Negation_flips_the_words_after_it()
    {
        var plain = _analyzer.Analyze("good", "en");

        var negated = _analyzer.Analyze("not good", "en");

        Assert.True(negated.Sentiment < 0 && plain.Sentiment > 0);
    }

    [Theory]
    [InlineData("I will contact my lawyer", "legal")]
    [InlineData("voy a llamar a mi abogado", "legal")]
    [InlineData("the heater caught fire", "safety")]
    [InlineData("mein Sohn hatte eine allergische Reaktion", "safety")]
    [InlineData("this is awful, I'm cancelling my account", "churn_anger")]
    [InlineData("third time I write to you", "repeated_contact")]
    [InlineData("al 3 keer gebeld, niemand belt terug", "repeated_contact")]
    [InlineData("you bunch of idiots", "abuse")]
    public void Escalation_cues_give_their_reason(string text, string reason)
    {
        var result = _analyzer.Analyze(text, null);

        Assert.True(result.Escalate);
        Assert.Contains(reason, result.Reasons);
    }

    [Fact]
    public void A_calm_cancellation_is_not_churn_anger()
    {
        var result = _analyzer.Analyze("I'm switching to another provider, thanks for everything", "en");

        Assert.DoesNotContain("churn_anger", result.Reasons);
    }
}
