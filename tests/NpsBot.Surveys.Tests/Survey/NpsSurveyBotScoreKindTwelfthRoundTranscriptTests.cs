using NpsBot.Language.Scores;
using NpsBot.Surveys.Scoring;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12, twelfth round, through the real conversation with the offline recognizer in the six locales: a conditional
/// score after the current one and a number on our scale named beside a school grade are recorded at once, where they
/// used to get the "which number" re-ask; a place in a queue is asked again ("a number from 0 to 10"), where it used to be
/// recorded as a score; a conditional score alone gets the "which number" re-ask.
/// </summary>
public sealed class NpsSurveyBotScoreKindTwelfthRoundTranscriptTests
{
    [Theory]
    [InlineData("en-US", "5 - would be 8, if the lifts worked", 5)]
    [InlineData("fr-FR", "6 – ce serait 9, si la clim marchait", 6)]
    [InlineData("de-DE", "als Schulnote eine 2, auf eurer Skala eine 8", 8)]
    [InlineData("es-ES", "7 digo 8", 8)]
    [InlineData("pt-BR", "uma só, e já é muito", 1)]
    [InlineData("nl-NL", "een 8 voor de loodgieter", 8)]
    public async Task A_score_said_with_an_aside_a_correction_or_a_later_condition_is_recorded_without_asking_again(string locale, string reply, int score)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((score, new NpsScore(score).Category), (response.Score, response.Category));
    }

    [Theory]
    [InlineData("en-US", "still 6 in the queue after twenty minutes")]
    [InlineData("fr-FR", "toujours le 5 dans la file d'attente")]
    [InlineData("de-DE", "wir waren der 4. in der Schlange, ewig gewartet")]
    [InlineData("es-ES", "de diez, como dice mi abuela")]
    [InlineData("pt-BR", "era o 5 na fila")]
    [InlineData("nl-NL", "nog altijd 6 in de wachtrij na een half uur")]
    public async Task A_place_in_a_queue_or_an_idiom_is_asked_again_not_recorded(string locale, string reply)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(K.AskScoreUnrecognized).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }

    [Theory]
    [InlineData("en-US", "would be 9, if the lifts were not so slow")]
    [InlineData("fr-FR", "ce serait 9, si la clim n'était pas si bruyante")]
    [InlineData("de-DE", "wäre 9, wenn der Aufzug nicht so oft kaputt wäre")]
    [InlineData("es-ES", "sería un 9, si el ascensor no fuera tan lento")]
    [InlineData("pt-BR", "seria 9, se o elevador não fosse tão lento")]
    [InlineData("nl-NL", "zou een 9 zijn, als de lift niet zo traag was")]
    public async Task A_conditional_score_alone_is_asked_again_as_which_number(string locale, string reply)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(K.AskScoreAmbiguous).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }
}
