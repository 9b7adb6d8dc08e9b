using NpsBot.Language.Scores;
using NpsBot.Surveys.Scoring;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12, third round: every kind of score reply through the real conversation with the offline recognizer, in the
/// six locales: the re-ask that fits (in the customer's locale), then the customer's own score recorded.
/// </summary>
public sealed class NpsSurveyBotScoreKindTranscriptTests
{
    [Theory]
    // other scales: "On our scale from 0 to 10, ..."
    [InlineData("en-US", "4 out of 5", K.AskScoreOtherScale)]
    [InlineData("fr-FR", "3 sur 5", K.AskScoreOtherScale)]
    [InlineData("de-DE", "4 von fünf", K.AskScoreOtherScale)]
    [InlineData("es-ES", "3 de 5", K.AskScoreOtherScale)]
    [InlineData("pt-BR", "4 de 5 pra vcs", K.AskScoreOtherScale)]
    [InlineData("nl-NL", "2 op 5", K.AskScoreOtherScale)]
    // open ranges: "Which number would you give, from 0 to 10?"
    [InlineData("en-US", "8 and up", K.AskScoreAmbiguous)]
    [InlineData("fr-FR", "au moins 8", K.AskScoreAmbiguous)]
    [InlineData("de-DE", "mindestens 9", K.AskScoreAmbiguous)]
    [InlineData("es-ES", "más de 8", K.AskScoreAmbiguous)]
    [InlineData("pt-BR", "no mínimo 8", K.AskScoreAmbiguous)]
    [InlineData("nl-NL", "minstens een 8", K.AskScoreAmbiguous)]
    // negatives: out of range
    [InlineData("en-US", "minus 2", K.AskScoreOutOfRange)]
    // questions about the scale, group sizes, dates, SMS spellings, idioms, counts: no score, the scale is explained
    [InlineData("fr-FR", "10 ça veut dire quoi", K.AskScoreUnrecognized)]
    [InlineData("es-ES", "el 5 qué significa", K.AskScoreUnrecognized)]
    [InlineData("nl-NL", "wat betekent een 5 hier", K.AskScoreUnrecognized)]
    [InlineData("fr-FR", "nous étions 4 à attendre", K.AskScoreUnrecognized)]
    [InlineData("pt-BR", "éramos 5 na fila", K.AskScoreUnrecognized)]
    [InlineData("es-ES", "lo pedí el 9 de junio", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "am 7. Mai geliefert", K.AskScoreUnrecognized)]
    [InlineData("en-US", "thanks 4 asking", K.AskScoreUnrecognized)]
    [InlineData("fr-FR", "ouvert 7j/7", K.AskScoreUnrecognized)]
    [InlineData("en-US", "a gazillion out of ten", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "der Laden ist die Nummer 1", K.AskScoreUnrecognized)]
    [InlineData("pt-BR", "a loja nº1 da cidade", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "das habe ich außer Acht gelassen", K.AskScoreUnrecognized)]
    [InlineData("en-US", "two thumbs up", K.AskScoreUnrecognized)]
    // issue 12, fourth round: open ranges after the number, conditions, a zero idiom said of someone, days of the month,
    // French SMS "2" for "de", hyperboles on the scale
    [InlineData("fr-FR", "9 minimum", K.AskScoreAmbiguous)]
    [InlineData("pt-BR", "8 no mínimo", K.AskScoreAmbiguous)]
    [InlineData("en-US", "10 if you fix the app", K.AskScoreAmbiguous)]
    [InlineData("nl-NL", "10 als jullie sneller leveren", K.AskScoreAmbiguous)]
    [InlineData("es-ES", "el encargado es un cero a la izquierda", K.AskScoreAmbiguous)]
    [InlineData("pt-BR", "o gerente é um zero à esquerda", K.AskScoreAmbiguous)]
    [InlineData("fr-FR", "livré le 3 au lieu du 28", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "geliefert am 12. statt am 3.", K.AskScoreUnrecognized)]
    [InlineData("es-ES", "lo pedí el día 2 y llegó el 9", K.AskScoreUnrecognized)]
    [InlineData("en-US", "came on the 5 instead of the 2", K.AskScoreUnrecognized)]
    [InlineData("nl-NL", "op de 9 besteld en op de 14 bezorgd", K.AskScoreUnrecognized)]
    [InlineData("fr-FR", "tkt c'est 2 ouf", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "eine 10 gibt's nicht", K.AskScoreUnrecognized)]
    [InlineData("es-ES", "mil de diez", K.AskScoreOutOfRange)]
    public async Task A_reply_without_our_score_gets_the_re_ask_that_fits(string locale, string reply, string retryKey)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(retryKey).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }

    [Theory]
    // self-corrections
    [InlineData("en-US", "9... hmm, 8", 8)]
    [InlineData("fr-FR", "7, non, 6 en fait", 6)]
    [InlineData("de-DE", "8, ach nee, 7", 7)]
    [InlineData("es-ES", "6, ahora que lo pienso 5", 5)]
    [InlineData("pt-BR", "8... ah não, 7", 7)]
    [InlineData("nl-NL", "9, nee wacht, 8", 8)]
    // the customer's own score beside other people's
    [InlineData("en-US", "my coworkers would go 9, I'd say 6", 6)]
    [InlineData("fr-FR", "mes parents mettraient 9, moi 5", 5)]
    [InlineData("de-DE", "meine Kollegin sagt 8, ich sag 4", 4)]
    [InlineData("es-ES", "mis padres dirían 10, yo 6", 6)]
    [InlineData("pt-BR", "meus colegas dariam 9 mas eu dou 5", 5)]
    [InlineData("nl-NL", "mijn collega zegt 9, ik zeg 6", 6)]
    // an earlier score, then today's
    [InlineData("fr-FR", "avant 9, maintenant 5", 5)]
    [InlineData("nl-NL", "vroeger 9, nu 6", 6)]
    // informal zero, approximations, SMS, age, dialect
    [InlineData("fr-FR", "que dalle", 0)]
    [InlineData("pt-BR", "zerinho", 0)]
    [InlineData("es-ES", "0 sin dudas", 0)]
    [InlineData("en-US", "8ish", 8)]
    [InlineData("de-DE", "a 6er halt", 6)]
    [InlineData("es-ES", "salu2, 9", 9)]
    [InlineData("en-US", "I'm 67 and it was easy, 9", 9)]
    [InlineData("de-DE", "e Nüni", 9)]
    // issue 12, fourth round: typos owned up to, "no" taking a number back, "this time", approximations, repeated
    // keycaps, emphatic zeros and a zero before a new clause
    [InlineData("en-US", "7 - oops, meant 8", 8)]
    [InlineData("fr-FR", "6 dsl faute de frappe, 5", 5)]
    [InlineData("de-DE", "7 sorry vertippt, 8", 8)]
    [InlineData("es-ES", "7 perdón, quise decir 8", 8)]
    [InlineData("pt-BR", "10... não, 9", 9)]
    [InlineData("nl-NL", "6 oeps bedoel 5", 5)]
    [InlineData("es-ES", "la última vez os puse 8, esta vez 5", 5)]
    [InlineData("de-DE", "so um die 8 herum", 8)]
    [InlineData("nl-NL", "een 8je", 8)]
    [InlineData("fr-FR", "🔟🔟", 10)]
    [InlineData("es-ES", "un cero como una catedral", 0)]
    [InlineData("pt-BR", "um zero à esquerda total", 0)]
    [InlineData("pt-BR", "0 vocês são péssimos", 0)]
    [InlineData("en-US", "0 you guys are useless", 0)]
    public async Task The_customers_own_score_is_recorded(string locale, string reply, int score)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((score, new NpsScore(score).Category), (response.Score, response.Category));
    }
}
