using NpsBot.Language.Scores;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12, eleventh round, through the real conversation with the offline recognizer in the six locales: a score with an
/// age or an earlier score in brackets after a word is recorded at once, where it used to get the "which number" re-ask.
/// </summary>
public sealed class NpsSurveyBotScoreKindEleventhRoundTranscriptTests
{
    [Theory]
    [InlineData("en-US", "7, my grandad (91) was thrilled", 7)]
    [InlineData("fr-FR", "8 cette fois (5 la dernière fois)", 8)]
    [InlineData("de-DE", "9, meine Tochter (12) war begeistert", 9)]
    [InlineData("es-ES", "6, mi hijo (15) opina igual", 6)]
    [InlineData("pt-BR", "10, a minha avó (88) adorou", 10)]
    [InlineData("nl-NL", "7, mijn zoon (14) vond het ook leuk", 7)]
    public async Task A_score_beside_a_bracketed_aside_is_recorded_without_asking_again(string locale, string reply, int score)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((score, new NpsScore(score).Category), (response.Score, response.Category));
    }
}
