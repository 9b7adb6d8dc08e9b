using NpsBot.Language.Scores;
using NpsBot.Surveys.Scoring;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12, tenth round: the kinds that change what the customer hears, through the real conversation with the offline
/// recognizer in the six locales: a relative's or friend's score alone, a number in a place name or a sum of money is asked
/// again ("I need a number from 0 to 10"); a score on a condition said first gets the "which number would you give" re-ask;
/// today's score beside an earlier one is recorded without asking again.
/// </summary>
public sealed class NpsSurveyBotScoreKindTenthRoundTranscriptTests
{
    [Theory]
    [InlineData("en-US", "my father-in-law reckons 8")]
    [InlineData("fr-FR", "mon beau-frère donnerait 7")]
    [InlineData("de-DE", "mein Schwiegervater würde euch 8 geben")]
    [InlineData("es-ES", "mi cuñado les pondría un 5")]
    [InlineData("pt-BR", "a loja de Dois Irmãos fechou")]
    [InlineData("nl-NL", "kostte me een tientje te veel")]
    public async Task A_number_that_is_not_the_customers_score_is_asked_again_not_recorded(string locale, string reply)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(K.AskScoreUnrecognized).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }

    [Theory]
    [InlineData("en-US", "if you refund the ticket, 9")]
    [InlineData("fr-FR", "si vous changez le compteur, 9")]
    [InlineData("de-DE", "falls der Router ersetzt wird, 9")]
    [InlineData("es-ES", "si me cambian el contador, un 9")]
    [InlineData("pt-BR", "se trocarem o roteador, 9")]
    [InlineData("nl-NL", "zodra de router vervangen is, een 9")]
    public async Task A_score_on_a_condition_said_first_is_asked_again_as_which_number(string locale, string reply)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(K.AskScoreAmbiguous).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }

    [Theory]
    [InlineData("en-US", "2 now, used to give you 10", 2)]
    [InlineData("fr-FR", "en ce moment 4, avant je mettais 8", 4)]
    [InlineData("de-DE", "derzeit 5, damals eine 9", 5)]
    [InlineData("es-ES", "hoy un 4, antes un 8", 4)]
    [InlineData("pt-BR", "agora 5, antigamente 9", 5)]
    [InlineData("nl-NL", "momenteel een 4, vroeger een 8", 4)]
    public async Task Todays_score_beside_an_earlier_one_is_recorded_without_asking_again(string locale, string reply, int score)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((score, new NpsScore(score).Category), (response.Score, response.Category));
    }
}
