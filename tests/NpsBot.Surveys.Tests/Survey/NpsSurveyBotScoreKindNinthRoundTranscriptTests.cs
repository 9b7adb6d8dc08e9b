using NpsBot.Language.Scores;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12, ninth round: the kinds that change what the customer hears, through the real conversation with the offline
/// recognizer in the six locales: a count of missing things, the same number before two nouns, an earlier survey's score
/// and someone else's score alone are asked again instead of being recorded; a scale named with another top gets the
/// re-ask that names our scale.
/// </summary>
public sealed class NpsSurveyBotScoreKindNinthRoundTranscriptTests
{
    [Theory]
    [InlineData("en-US", "the kit came with 4 bolts missing")]
    [InlineData("fr-FR", "il manquait 5 pièces au puzzle")]
    [InlineData("de-DE", "3 Techniker, 3 Meinungen")]
    [InlineData("es-ES", "en el cuestionario pasado di un 6")]
    [InlineData("pt-BR", "o sogro disse 9, eu nunca comprei")]
    [InlineData("nl-NL", "mijn huisgenoot geeft jullie een 9")]
    public async Task A_number_that_is_not_the_customers_score_now_is_asked_again_not_recorded(string locale, string reply)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(K.AskScoreUnrecognized).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }

    [Theory]
    [InlineData("de-DE", "auf einer Skala bis 6 eine 5")]
    [InlineData("es-ES", "en una escala de 1 a 5, un 4")]
    public async Task A_number_on_a_scale_named_with_another_top_is_asked_again_on_our_scale(string locale, string reply)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(K.AskScoreOtherScale).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }
}
