using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

public sealed class ScoreRecognizerTests
{
    private readonly ScoreRecognizer _recognizer = new();

    [Theory]
    [InlineData("8", 8)]
    [InlineData("I'd say a solid 8", 8)]
    [InlineData("ocho", 8)]
    [InlineData("7️⃣", 7)]
    [InlineData("🔟", 10)]
    [InlineData("1️⃣0️⃣", 10)]
    [InlineData("10/10!!", 10)]
    [InlineData("8 out of 10", 8)]
    [InlineData("9 sur 10", 9)]
    [InlineData("my order #4521 came 2 weeks late, so 3", 3)]
    [InlineData("eigth", 8)]
    [InlineData("sevn i guess", 7)]
    [InlineData("zéro", 0)]
    [InlineData("ich gebe eine Neun", 9)]
    [InlineData("één", 1)]
    [InlineData("one", 1)]
    [InlineData("Nota 6, o atendimento demorou 3 dias", 6)]
    [InlineData("On a scale of 0 to 10, a 4", 4)]
    [InlineData("8, definitely 8", 8)]
    [InlineData("8.0", 8)]
    [InlineData("not a 10, more like 7", 7)]
    [InlineData("negen van de tien", 9)]
    [InlineData("3, nach 2 Anrufen immer noch nichts", 3)]
    public void A_clear_score_is_read(string text, int expected)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(ScoreStatus.Ok, result.Status);
        Assert.Equal(expected, result.Score);
    }

    [Theory]
    [InlineData("not likely at all")]
    [InlineData("I waited 3 hours")]
    [InlineData("customer for 5 years, never again")]
    [InlineData("order #4521")]
    [InlineData("very happy!")]
    [InlineData("très bien")]
    [InlineData("right")]
    [InlineData("paid $40 for shipping")]
    [InlineData("it arrived at 10:30")]
    [InlineData("since 2019")]
    [InlineData("no")]
    [InlineData("definitely not a 10")]
    public void A_reply_without_a_score_is_none(string text)
    {
        var result = _recognizer.Recognize(text, "en");

        Assert.Equal(ScoreStatus.None, result.Status);
        Assert.Null(result.Score);
    }

    [Theory]
    [InlineData("7 or 8")]
    [InlineData("7-8")]
    [InlineData("7.5")]
    [InlineData("entre 6 y 7")]
    [InlineData("4/5")]
    [InlineData("zeven of acht")]
    public void A_range_two_candidates_or_a_decimal_is_ambiguous(string text)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(ScoreStatus.Ambiguous, result.Status);
        Assert.Null(result.Score);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("100")]
    [InlineData("-1")]
    [InlineData("11/10")]
    [InlineData("twelve")]
    [InlineData("elf")]
    [InlineData("vierzehn")]
    [InlineData("1 million out of 10")]
    public void A_number_outside_the_scale_is_out_of_range(string text)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(ScoreStatus.OutOfRange, result.Status);
    }

    [Fact]
    public void The_span_points_at_the_number_that_was_read()
    {
        const string text = "my order #4521 came 2 weeks late, so 3";

        var result = _recognizer.Recognize(text, "en");

        Assert.Equal("3", text.Substring(result.SpanStart, result.SpanLength));
    }

    [Theory]
    [InlineData("8", false)]
    [InlineData("8/10", false)]
    [InlineData("7️⃣", false)]
    [InlineData("a solid 9", true)]
    [InlineData("ocho", true)]
    public void A_score_read_from_words_is_marked_for_read_back(string text, bool fromWords)
    {
        var result = _recognizer.Recognize(text, null);

        Assert.Equal(fromWords, result.FromWords);
    }
}
