using NpsBot.Language.Scores;
using NpsBot.Surveys.Scoring;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12, thirteenth round, through the real conversation with the offline recognizer in the six locales: a score after
/// a reference number and a colon, beside a span of hours or a branch number, is recorded at once, where it used to be
/// missed or get the "which number" re-ask; a count of things bought and an hour in words are asked again ("a number from
/// 0 to 10"), where they used to be recorded as a score.
/// </summary>
public sealed class NpsSurveyBotScoreKindThirteenthRoundTranscriptTests
{
    [Theory]
    [InlineData("en-US", "order 88213: 7", 7)]
    [InlineData("fr-FR", "attendu de 9 à 12, 3", 3)]
    [InlineData("de-DE", "3 weil die Filiale 15 nie offen hat", 3)]
    [InlineData("es-ES", "pedido 771209: 9", 9)]
    [InlineData("pt-BR", "5 e são 6 da manhã", 5)]
    [InlineData("nl-NL", "van 9 tot 11 gewacht, 5", 5)]
    public async Task A_score_beside_a_reference_hours_or_a_branch_is_recorded_without_asking_again(string locale, string reply, int score)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((score, new NpsScore(score).Category), (response.Score, response.Category));
    }

    [Theory]
    [InlineData("en-US", "we bought 2 lamps from you last month")]
    [InlineData("fr-FR", "on a acheté 5 chaises chez vous")]
    [InlineData("de-DE", "Paket kam erst um halb neun")]
    [InlineData("es-ES", "el técnico vino a las ocho")]
    [InlineData("pt-BR", "o técnico veio às oito")]
    [InlineData("nl-NL", "ik heb 5 stoelen gekocht")]
    public async Task A_count_bought_or_an_hour_in_words_is_asked_again_not_recorded(string locale, string reply)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(K.AskScoreUnrecognized).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }
}
