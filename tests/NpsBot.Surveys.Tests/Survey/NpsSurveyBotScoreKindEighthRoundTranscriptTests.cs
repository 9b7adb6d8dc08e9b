using NpsBot.Language.Scores;
using NpsBot.Surveys.Scoring;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12, eighth round: the kinds that change what the customer hears, through the real conversation with the offline
/// recognizer in the six locales: a number that names a place, a callback time, an idiom or an SMS spelling is asked again
/// instead of being recorded as a score; a low score with a vow never to return, or a rating converted to our scale, is
/// recorded instead of being asked again.
/// </summary>
public sealed class NpsSurveyBotScoreKindEighthRoundTranscriptTests
{
    [Theory]
    [InlineData("en-US", "gate 4 was changed twice")]
    [InlineData("fr-FR", "quai 2 fermé sans prévenir")]
    [InlineData("de-DE", "Gleis 4 war wieder gesperrt")]
    [InlineData("es-ES", "el andén 3 estaba cerrado")]
    [InlineData("pt-BR", "me chama depois das 7")]
    [InlineData("nl-NL", "bel na 6 terug")]
    [InlineData("en-US", "2 many calls from ur sales team")]
    [InlineData("fr-FR", "le technicien s'est mis en quatre pour rien")]
    [InlineData("de-DE", "wir haben das unter vier Augen besprochen")]
    [InlineData("es-ES", "solo cuatro gatos esperando y nadie atendía")]
    public async Task A_number_that_is_no_score_is_asked_again_not_recorded(string locale, string reply)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(K.AskScoreUnrecognized).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }

    [Theory]
    [InlineData("en-US", "2 never flying with you again", 2)]
    [InlineData("fr-FR", "1 plus jamais chez vous", 1)]
    [InlineData("de-DE", "0 nie wieder diese Werkstatt", 0)]
    [InlineData("es-ES", "4 estrellas, o sea un 8", 8)]
    [InlineData("pt-BR", "3 estrelas, logo 6", 6)]
    [InlineData("nl-NL", "kamer 5 was lawaaiig, een 6", 6)]
    public async Task The_customers_own_score_is_recorded_without_asking_again(string locale, string reply, int score)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((score, new NpsScore(score).Category), (response.Score, response.Category));
    }
}
