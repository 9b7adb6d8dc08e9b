using NpsBot.Language.Scores;
using NpsBot.Surveys.Scoring;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 12, fifth round: the kinds batch d's first run missed, through the real conversation with the offline recognizer
/// in the six locales: the re-ask that fits, then the customer's own score recorded.
/// </summary>
public sealed class NpsSurveyBotScoreKindFifthRoundTranscriptTests
{
    [Theory]
    // a score handed to someone at work: "Which number would you give, from 0 to 10?"
    [InlineData("en-US", "a 10 for the cashier, zero for the rest of you", K.AskScoreAmbiguous)]
    [InlineData("fr-FR", "un 9 pour la serveuse, le reste bof", K.AskScoreAmbiguous)]
    [InlineData("de-DE", "ne 10 für die Kassiererin, sonst nix", K.AskScoreAmbiguous)]
    [InlineData("es-ES", "un 9 para la cajera y ya", K.AskScoreAmbiguous)]
    [InlineData("pt-BR", "10 pra atendente, o resto nem comento", K.AskScoreAmbiguous)]
    [InlineData("nl-NL", "een 9 voor de bezorger, jullie niks", K.AskScoreAmbiguous)]
    // someone else's score and none of the customer's: the scale explained
    [InlineData("en-US", "my manager would give you a 10", K.AskScoreUnrecognized)]
    [InlineData("fr-FR", "mon patron vous donnerait 9", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "meine Chefin würde 9 sagen", K.AskScoreUnrecognized)]
    [InlineData("es-ES", "mi jefe os daría un 9", K.AskScoreUnrecognized)]
    [InlineData("pt-BR", "meu chefe daria 10 pra vocês", K.AskScoreUnrecognized)]
    [InlineData("nl-NL", "mijn baas zou jullie een 9 geven", K.AskScoreUnrecognized)]
    // a score on a condition not met yet
    [InlineData("en-US", "I'd give 10 if I got a refund", K.AskScoreAmbiguous)]
    [InlineData("fr-FR", "je mets 10 si je suis remboursé", K.AskScoreAmbiguous)]
    [InlineData("de-DE", "ich gebe 9 falls das Paket noch kommt", K.AskScoreAmbiguous)]
    [InlineData("es-ES", "doy un 10 si me devuelven el dinero", K.AskScoreAmbiguous)]
    [InlineData("pt-BR", "dou 9 se o pedido chegar", K.AskScoreAmbiguous)]
    [InlineData("nl-NL", "ik geef een 9 als het pakket nog komt", K.AskScoreAmbiguous)]
    // frequencies
    [InlineData("en-US", "7 out of 10 times the app crashes", K.AskScoreUnrecognized)]
    [InlineData("fr-FR", "8 sur 10 fois le colis est en retard", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "9 von 10 Mal ist niemand da", K.AskScoreUnrecognized)]
    [InlineData("es-ES", "7 de cada 10 veces no contestan", K.AskScoreUnrecognized)]
    [InlineData("pt-BR", "8 de 10 vezes atrasa", K.AskScoreUnrecognized)]
    [InlineData("nl-NL", "7 van de 10 keer te laat", K.AskScoreUnrecognized)]
    // clock times
    [InlineData("en-US", "rang at 10 and waited", K.AskScoreUnrecognized)]
    [InlineData("fr-FR", "appelé à 9h, personne", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "um 9 angerufen, keiner da", K.AskScoreUnrecognized)]
    [InlineData("es-ES", "llamé a las 9 y nada", K.AskScoreUnrecognized)]
    [InlineData("pt-BR", "liguei às 9 e ninguém atendeu", K.AskScoreUnrecognized)]
    [InlineData("nl-NL", "om 9 gebeld, niemand", K.AskScoreUnrecognized)]
    // "and nothing" after a clock time in a short reply: what happened, no zero
    [InlineData("pt-BR", "liguei às 9 e nada", K.AskScoreUnrecognized)]
    // a negative after an article: out of range
    [InlineData("en-US", "a minus 4", K.AskScoreOutOfRange)]
    [InlineData("fr-FR", "un moins 3", K.AskScoreOutOfRange)]
    [InlineData("de-DE", "eine minus 2", K.AskScoreOutOfRange)]
    [InlineData("es-ES", "una menos 2", K.AskScoreOutOfRange)]
    [InlineData("pt-BR", "um menos 2", K.AskScoreOutOfRange)]
    [InlineData("nl-NL", "een min 3", K.AskScoreOutOfRange)]
    // open ranges with a preposition
    [InlineData("en-US", "above 8", K.AskScoreAmbiguous)]
    [InlineData("fr-FR", "au-dessus de 8", K.AskScoreAmbiguous)]
    [InlineData("de-DE", "über 8", K.AskScoreAmbiguous)]
    [InlineData("es-ES", "por encima de 8", K.AskScoreAmbiguous)]
    [InlineData("pt-BR", "acima de 9", K.AskScoreAmbiguous)]
    [InlineData("nl-NL", "boven de 7", K.AskScoreAmbiguous)]
    // number words in idioms, and a German school grade (another scale)
    [InlineData("de-DE", "eins ist klar, nie wieder", K.AskScoreUnrecognized)]
    [InlineData("nl-NL", "één grote puinhoop", K.AskScoreUnrecognized)]
    [InlineData("es-ES", "pagué 30 euros por nada", K.AskScoreUnrecognized)]
    [InlineData("de-DE", "glatte Zwei", K.AskScoreOtherScale)]
    public async Task A_reply_without_our_score_gets_the_re_ask_that_fits(string locale, string reply, string retryKey)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).Expect(retryKey).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(8, Assert.Single(transcript.Responses).Score);
    }

    [Theory]
    [InlineData("en-US", "9 for the driver, 3 for you", 3)]
    [InlineData("fr-FR", "10 pour le livreur, 4 pour vous", 4)]
    [InlineData("de-DE", "10 für den Fahrer, 2 für euch", 2)]
    [InlineData("es-ES", "un 10 al repartidor y un 5 para vosotros", 5)]
    [InlineData("pt-BR", "nota 10 pro entregador, 3 pra vocês", 3)]
    [InlineData("nl-NL", "een 10 voor de bezorger, een 4 voor jullie", 4)]
    [InlineData("en-US", "tennnn", 10)]
    [InlineData("fr-FR", "neuuuf", 9)]
    [InlineData("de-DE", "achttt", 8)]
    [InlineData("es-ES", "dieeez", 10)]
    [InlineData("pt-BR", "zerooo", 0)]
    [InlineData("nl-NL", "tweeeee", 2)]
    [InlineData("en-US", "8 if I'm honest", 8)]
    [InlineData("en-US", "I'd put you at 8", 8)]
    public async Task The_customers_own_score_is_recorded(string locale, string reply, int score)
    {
        var transcript = new SurveyTranscript(locale: locale, scores: new ScoreRecognizer());

        await transcript.Join().Send(reply).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((score, new NpsScore(score).Category), (response.Score, response.Category));
    }
}
