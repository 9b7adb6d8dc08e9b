using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>The kinds of issue 12, one or two lines each, written for these tests (not taken from the evaluation sets).</summary>
public sealed class ScoreDiscourseTests
{
    private readonly ScoreRecognizer _recognizer = new();

    [Theory]
    [InlineData("6, no wait, actually 9", "en", 9)]
    [InlineData("5... bueno no, mejor 7", "es", 7)]
    [InlineData("my sister gives you 10, I give 6", "en", 6)]
    [InlineData("mon frère mettrait 3 mais moi 8", "fr", 8)]
    [InlineData("roughly 7-ish", "en", 7)]
    [InlineData("cya l8r, 9", "en", 9)]
    [InlineData("zilch", "en", 0)]
    [InlineData("vorig jaar een 5, nu een 8", "nl", 8)]
    [InlineData("7. the 3 for 2 offer was fine", "en", 7)]
    [InlineData("a 4? maybe", "en", 4)]
    [InlineData("started at 8, then the refund dragged on, so really 4", "en", 4)]
    [InlineData("zuerst wollte ich 9 geben, nach dem Telefonat wirklich nur 6", "de", 6)]
    [InlineData("twee. echt slecht geregeld", "nl", 2)]
    [InlineData("uno. fatal todo", "es", 1)]
    public void The_customers_own_final_score_is_read(string text, string locale, int expected)
    {
        var result = _recognizer.Recognize(text, locale);

        Assert.Equal(ScoreStatus.Ok, result.Status);
        Assert.Equal(expected, result.Score);
    }

    [Theory]
    [InlineData("my neighbour gave you a 9", "en")]
    [InlineData("nope, never a 10", "en")]
    [InlineData("jamás le daría un 10 a esta tienda", "es")]
    [InlineData("zo'n winkel verdient nooit een 9", "nl")]
    [InlineData("all 5 cashiers were on their phones", "en")]
    [InlineData("mes 3 enfants adorent le magasin", "fr")]
    [InlineData("my trustpilot review from last week says 6", "en")]
    [InlineData("sur tripadvisor ma note de la semaine dernière était 7", "fr")]
    [InlineData("habt acht auf die Verpackung", "de")]
    [InlineData("l'année dernière j'ai mis 7", "fr")]
    [InlineData("what is 0, the best?", "en")]
    [InlineData("a 10 you will not get from me, no", "en")]
    [InlineData("recommended you to 6 colleagues already", "en")]
    [InlineData("still the number 1 shop for me", "en")]
    [InlineData("open 24/7 is great", "en")]
    [InlineData("gr8 stuff", "en")]
    [InlineData("ya se lo dije a 3 amigas", "es")]
    [InlineData("kam um 7 an", "de")]
    [InlineData("zero stress with the order", "en")]
    [InlineData("c'est nul", "fr")]
    [InlineData("somos uma família de 4", "pt")]
    public void Numbers_that_are_not_the_score_give_no_score(string text, string locale)
    {
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);
    }

    [Theory]
    [InlineData("3 stars", "en")]
    [InlineData("⭐⭐⭐", "en")]
    [InlineData("von mir gibt es vier Sternchen", "de")]
    [InlineData("⭐⭐⭐⭐ 4", "en")]
    [InlineData("4/5", "en")]
    [InlineData("Note 1", "de")]
    [InlineData("5 estrelas", "pt")]
    public void Another_scale_is_ambiguous_and_says_so(string text, string locale)
    {
        var result = _recognizer.Recognize(text, locale);

        Assert.Equal(ScoreStatus.Ambiguous, result.Status);
        Assert.True(result.OtherScale);
    }

    [Theory]
    [InlineData("7 or more", "en")]
    [InlineData("8+", "en")]
    [InlineData("9 of hoger", "nl")]
    [InlineData("7 ou mais", "pt")]
    public void An_open_range_is_ambiguous(string text, string locale)
    {
        var result = _recognizer.Recognize(text, locale);

        Assert.Equal(ScoreStatus.Ambiguous, result.Status);
        Assert.False(result.OtherScale);
    }

    [Theory]
    [InlineData("-3", "en")]
    [InlineData("80%", "en")]
    public void Negatives_and_percentages_are_not_a_score(string text, string locale)
    {
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);
    }
}
