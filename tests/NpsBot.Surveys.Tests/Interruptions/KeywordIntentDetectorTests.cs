using NpsBot.Conversations.Language;
using NpsBot.Surveys.Interruptions;

namespace NpsBot.Surveys.Tests.Interruptions;

public sealed class KeywordIntentDetectorTests
{
    [Theory]
    [InlineData("stop")]
    [InlineData("STOP!")]
    [InlineData("quit please")]
    [InlineData("cancel")]
    [InlineData("parar")]
    [InlineData("Basta")]
    public void A_stop_word_alone_is_stop(string text)
    {
        var result = new KeywordIntentDetector().Detect(text, "en");

        Assert.True(result.Has(Intent.Stop));
    }

    [Theory]
    [InlineData("actually make it a 7", 7)]
    [InlineData("change my score to 7", 7)]
    [InlineData("Actually, 9", 9)]
    [InlineData("make that a 10", 10)]
    [InlineData("en realidad ponle un 7", 7)]
    [InlineData("cambia mi puntuación a 4", 4)]
    [InlineData("mejor un 8", 8)]
    public void A_new_score_cue_carries_the_score(string text, int expected)
    {
        var result = new KeywordIntentDetector().Detect(text, "en");

        Assert.True(result.Has(Intent.ChangeScore));
        Assert.Equal(expected, result.NewScore);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("the driver did not stop at my door")]
    [InlineData("actually it was 3 days late")]
    [InlineData("change my score to 70")]
    [InlineData("the delivery was late")]
    public void Ordinary_answers_are_not_cues(string text)
    {
        var result = new KeywordIntentDetector().Detect(text, "en");

        Assert.Empty(result.Intents);
    }

    [Theory]
    [InlineData("can I talk to a human", Intent.Human)]
    [InlineData("help", Intent.Help)]
    [InlineData("ayuda", Intent.Help)]
    public void Help_and_human_are_recognized(string text, Intent expected)
    {
        var result = new KeywordIntentDetector().Detect(text, "en");

        Assert.Equal([expected], result.Intents);
    }
}
