using NpsBot.Language.Scores;
using NpsBot.Surveys.Scoring;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12, fourteenth round, through the real conversation with the offline recognizer in the six locales: a dialect word,
/// a self-correction after "nonsense", another person's score in brackets and a score before what it "would be" are recorded
/// at once, where they used to be missed or get the "which number" re-ask; a house number, an article of a contract, a rank
/// and a 10 refused by an idiom are asked again ("a number from 0 to 10"), where they used to be recorded as a score.
/// </summary>
public sealed class NpsSurveyBotScoreKindFourteenthRoundTranscriptTests
{
    [Theory]
    [InlineData("en-US", "my brother loves you (9), I give 4", 4)]
    [InlineData("fr-FR", "un et encore", 1)]
    [InlineData("de-DE", "4, ach Quatsch, 5", 5)]
    [InlineData("es-ES", "7, si hubiera parking sería 9", 7)]
    [InlineData("pt-BR", "meia, como no telefone", 6)]
    [InlineData("nl-NL", "zeuve", 7)]
    public async Task A_dialect_word_a_correction_or_a_score_beside_another_is_recorded_without_asking_again(string locale, string reply, int score)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((score, new NpsScore(score).Category), (response.Score, response.Category));
    }

    [Theory]
    [InlineData("en-US", "article 5 of the contract")]
    [InlineData("fr-FR", "un 10, tu rêves")]
    [InlineData("de-DE", "Kirchweg 5 ist die Adresse")]
    [InlineData("es-ES", "los 3 mejores de Madrid")]
    [InlineData("pt-BR", "contei para 4 vizinhos")]
    [InlineData("nl-NL", "in 2022 gaf ik een 8")]
    public async Task A_house_number_an_article_a_rank_or_a_refused_10_is_asked_again_not_recorded(string locale, string reply)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(K.AskScoreUnrecognized).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }
}
