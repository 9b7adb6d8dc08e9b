using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>
/// Issue 12, fifth round: the kinds batch d's first run missed, each in the six languages, in wording of our own (never a
/// batch line), with the status that picks the re-ask: ambiguous ("Which number would you give, from 0 to 10?"), another
/// scale ("On our scale from 0 to 10, …"), out of range, or none (the scale explained).
/// </summary>
public sealed class ScoreKindFifthRoundTests
{
    private readonly ScoreRecognizer _recognizer = new();

    [Theory]
    [InlineData("a 10 for the cashier, zero for the rest of you", "en")]
    [InlineData("un 9 pour la serveuse, le reste bof", "fr")]
    [InlineData("ne 10 für die Kassiererin, sonst nix", "de")]
    [InlineData("un 9 para la cajera y ya", "es")]
    [InlineData("10 pra atendente, o resto nem comento", "pt")]
    [InlineData("een 9 voor de bezorger, jullie niks", "nl")]
    [InlineData("10 für den Paketboten", "de")]
    public void A_score_handed_to_someone_at_work_asks_for_the_customers_own(string text, string locale) =>
        Assert.Equal(ScoreStatus.Ambiguous, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("9 for the driver, 3 for you", "en", 3)]
    [InlineData("10 für den Fahrer, 2 für euch", "de", 2)]
    [InlineData("10 pour le livreur, 4 pour vous", "fr", 4)]
    [InlineData("un 10 al repartidor y un 5 para vosotros", "es", 5)]
    [InlineData("nota 10 pro entregador, 3 pra vocês", "pt", 3)]
    [InlineData("een 10 voor de bezorger, een 4 voor jullie", "nl", 4)]
    public void The_customers_own_score_beside_one_handed_to_someone_else_is_kept(string text, string locale, int expected) =>
        AssertScore(text, locale, expected);

    [Theory]
    [InlineData("a 10 for the staff, a 4 for delivery", "en")]
    [InlineData("9 pour le vendeur, 3 pour le site", "fr")]
    public void Scores_for_two_aspects_stay_ambiguous(string text, string locale) =>
        Assert.Equal(ScoreStatus.Ambiguous, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("my manager would give you a 10", "en")]
    [InlineData("mon patron vous donnerait 9", "fr")]
    [InlineData("meine Chefin würde 9 sagen", "de")]
    [InlineData("mi jefe os daría un 9", "es")]
    [InlineData("meu chefe daria 10 pra vocês", "pt")]
    [InlineData("mijn baas zou jullie een 9 geven", "nl")]
    [InlineData("the waitress deserves a 10", "en")]
    public void Someone_elses_score_without_the_customers_own_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("the guy on the phone was nice so im gonna say 7", "en", 7)]
    [InlineData("mon conseiller était sympa, je mets 8", "fr", 8)]
    public void The_customers_own_score_after_someone_at_work_is_kept(string text, string locale, int expected) =>
        AssertScore(text, locale, expected);

    [Theory]
    [InlineData("I'd give 10 if I got a refund", "en")]
    [InlineData("je mets 10 si je suis remboursé", "fr")]
    [InlineData("ich gebe 9 falls das Paket noch kommt", "de")]
    [InlineData("doy un 10 si me devuelven el dinero", "es")]
    [InlineData("dou 9 se o pedido chegar", "pt")]
    [InlineData("ik geef een 9 als het pakket nog komt", "nl")]
    public void A_score_on_any_condition_not_met_is_re_asked(string text, string locale) =>
        Assert.Equal(ScoreStatus.Ambiguous, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("8 if I'm honest", "en", 8)]
    [InlineData("7 wenn ich ehrlich bin", "de", 7)]
    [InlineData("6 si soy sincero", "es", 6)]
    [InlineData("1 if I could", "en", 1)]
    public void A_way_of_speaking_is_no_condition(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("7 out of 10 times the app crashes", "en")]
    [InlineData("8 sur 10 fois le colis est en retard", "fr")]
    [InlineData("9 von 10 Mal ist niemand da", "de")]
    [InlineData("7 de cada 10 veces no contestan", "es")]
    [InlineData("8 de 10 vezes atrasa", "pt")]
    [InlineData("7 van de 10 keer te laat", "nl")]
    public void A_frequency_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("rang at 10 and waited", "en")]
    [InlineData("open till 6 only", "en")]
    [InlineData("at 10:30 nobody answered", "en")]
    [InlineData("appelé à 9h, personne", "fr")]
    [InlineData("um 9 angerufen, keiner da", "de")]
    [InlineData("llamé a las 9 y nada", "es")]
    [InlineData("liguei às 9 e ninguém atendeu", "pt")]
    [InlineData("om 9 gebeld, niemand", "nl")]
    public void A_clock_time_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Fact]
    public void A_score_put_at_a_number_is_still_a_score() => AssertScore("I'd put you at 8", "en", 8);

    [Theory]
    [InlineData("a minus 4", "en")]
    [InlineData("un moins 3", "fr")]
    [InlineData("eine minus 2", "de")]
    [InlineData("una menos 2", "es")]
    [InlineData("um menos 2", "pt")]
    [InlineData("een min 3", "nl")]
    public void A_negative_after_an_article_is_out_of_range(string text, string locale) =>
        Assert.Equal(ScoreStatus.OutOfRange, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("más o menos 8", "es", 8)]
    [InlineData("mais ou menos 7", "pt", 7)]
    public void More_or_less_is_an_approximation_not_a_minus(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("above 8", "en")]
    [InlineData("au-dessus de 8", "fr")]
    [InlineData("über 8", "de")]
    [InlineData("por encima de 8", "es")]
    [InlineData("acima de 9", "pt")]
    [InlineData("boven de 7", "nl")]
    [InlineData("8 pra mais", "pt")]
    [InlineData("9 para mas", "es")]
    public void An_open_range_with_a_preposition_is_ambiguous(string text, string locale) =>
        Assert.Equal(ScoreStatus.Ambiguous, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("eins ist klar, nie wieder", "de")]
    [InlineData("eins muss ich sagen: zu laut", "de")]
    [InlineData("één grote puinhoop", "nl")]
    [InlineData("one big mess", "en")]
    [InlineData("paid 40 dollars for nothing", "en")]
    [InlineData("pagué 30 euros por nada", "es")]
    [InlineData("payé 30 euros pour nada", "fr")]
    [InlineData("30 Euro für nix", "de")]
    [InlineData("30 reais por nada", "pt")]
    [InlineData("30 euro voor noppes", "nl")]
    // a zero word after "and" tells what happened next ("and nothing"), in a reply short enough to read it as a score
    [InlineData("liguei às 9 e nada", "pt")]
    [InlineData("rang twice and nothing", "en")]
    [InlineData("llamé ayer y nada", "es")]
    [InlineData("angerufen und nix", "de")]
    [InlineData("gebeld en noppes", "nl")]
    public void A_number_word_in_an_idiom_is_no_score(string text, string locale) => Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("glatte Zwei")]
    [InlineData("eine Eins mit Sternchen")]
    [InlineData("ne Eins für euch")]
    public void A_german_school_grade_is_another_scale(string text)
    {
        var result = _recognizer.Recognize(text, "de");

        Assert.Equal((ScoreStatus.Ambiguous, true), (result.Status, result.OtherScale));
    }

    [Theory]
    // "a ten out of ten experience" is a ten: the scale is ours and the number is the customer's
    [InlineData("a ten out of ten experience", "en", 10)]
    [InlineData("ne Acht", "de", 8)]
    // an informal zero on its own, or with no "and" before it, is still the score
    [InlineData("nada", "pt", 0)]
    [InlineData("nix", "de", 0)]
    [InlineData("nada, lo siento", "es", 0)]
    public void A_number_word_that_is_a_score_stays_one(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("tennnn", "en", 10)]
    [InlineData("zerooo", "en", 0)]
    [InlineData("threeee", "en", 3)]
    [InlineData("neuuuf", "fr", 9)]
    [InlineData("achttt", "de", 8)]
    [InlineData("dieeez", "es", 10)]
    [InlineData("deeez", "pt", 10)]
    [InlineData("tweeeee", "nl", 2)]
    [InlineData("seven-ish", "en", 7)]
    [InlineData("zero pra empresa", "pt", 0)]
    public void A_drawn_out_number_word_is_that_number(string text, string locale, int expected) => AssertScore(text, locale, expected);

    private void AssertScore(string text, string locale, int expected)
    {
        var result = _recognizer.Recognize(text, locale);

        Assert.Equal((ScoreStatus.Ok, expected), (result.Status, result.Score ?? -1));
    }
}
