using NpsBot.Conversations.Language;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Tests.Scoring;

public sealed class DigitScoreRecognizerTests
{
    [Theory]
    [InlineData("8", 8)]
    [InlineData("I'd say 9", 9)]
    [InlineData("10/10", 10)]
    [InlineData("7 out of 10", 7)]
    [InlineData("un 3 de 10", 3)]
    [InlineData("0", 0)]
    [InlineData("actually make it a 7", 7)]
    public void One_clear_number_is_the_score(string text, int expected)
    {
        var recognition = new DigitScoreRecognizer().Recognize(text, "en");

        Assert.Equal(ScoreStatus.Ok, recognition.Status);
        Assert.Equal(expected, recognition.Score);
    }

    [Theory]
    [InlineData("great", ScoreStatus.None)]
    [InlineData("eight", ScoreStatus.None)]
    [InlineData("7-8", ScoreStatus.Ambiguous)]
    [InlineData("7 or 8", ScoreStatus.Ambiguous)]
    [InlineData("7.5", ScoreStatus.Ambiguous)]
    [InlineData("3 then 9", ScoreStatus.Ambiguous)]
    [InlineData("15", ScoreStatus.OutOfRange)]
    [InlineData("100", ScoreStatus.OutOfRange)]
    public void Anything_else_is_not_a_score(string text, ScoreStatus expected)
    {
        var recognition = new DigitScoreRecognizer().Recognize(text, "en");

        Assert.Equal(expected, recognition.Status);
        Assert.Null(recognition.Score);
    }
}
