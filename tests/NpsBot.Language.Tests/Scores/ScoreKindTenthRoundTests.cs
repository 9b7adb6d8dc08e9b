using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>
/// Issue 12, tenth round: the kinds batch i's first run missed (a relative's or friend's score alone, a score on a condition
/// said first, today's score beside an earlier one, number words in names, idioms and money, dialect number words), each in
/// the languages that have it, in wording of our own (never a batch line or a line of the own held-out sets).
/// </summary>
public sealed class ScoreKindTenthRoundTests
{
    private readonly ScoreRecognizer _recognizer = new();

    [Theory]
    [InlineData("my father-in-law reckons 8", "en")]
    [InlineData("my stepdad would rate you 6", "en")]
    [InlineData("mon beau-frère donnerait 7", "fr")]
    [InlineData("ma tante mettrait 4", "fr")]
    [InlineData("mein Schwiegervater würde euch 8 geben", "de")]
    [InlineData("mein Kumpel sagt 3", "de")]
    [InlineData("mi cuñado les pondría un 5", "es")]
    [InlineData("mi tío dice que un 9", "es")]
    [InlineData("o meu sogro dava 6", "pt")]
    [InlineData("a minha tia diz 8", "pt")]
    [InlineData("mijn schoonzus zou een 7 geven", "nl")]
    [InlineData("mijn oom zegt 5", "nl")]
    public void A_relatives_or_friends_score_alone_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("my aunt loves you, she'd give 10", "en")]
    [InlineData("ma cousine adore, elle mettrait 9", "fr")]
    [InlineData("mi prima los usa, ella daría un 8", "es")]
    [InlineData("mijn neef is fan, hij zou een 9 geven", "nl")]
    public void A_score_given_by_she_or_he_after_naming_them_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("my sister-in-law says 9, me 4", "en", 4)]
    [InlineData("ma belle-soeur dirait 10, moi 6", "fr", 6)]
    [InlineData("mi suegro pondría un 9 pero yo un 5", "es", 5)]
    [InlineData("meine Schwägerin gibt 10, ich 7", "de", 7)]
    public void The_customers_own_score_beside_a_relatives_is_kept(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("if you refund the ticket, 9", "en")]
    [InlineData("once the leak is fixed, 10", "en")]
    [InlineData("si vous changez le compteur, 9", "fr")]
    [InlineData("falls der Router ersetzt wird, 9", "de")]
    [InlineData("si me cambian el contador, un 9", "es")]
    [InlineData("se trocarem o roteador, 9", "pt")]
    [InlineData("zodra de router vervangen is, een 9", "nl")]
    [InlineData("8, wenn die Rechnung endlich stimmt", "de")]
    public void A_score_on_a_condition_said_first_or_after_a_comma_is_not_given(string text, string locale) =>
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("if you ask me, 8", "en", 8)]
    [InlineData("if I had to pick, 6", "en", 6)]
    [InlineData("si je devais choisir, 7", "fr", 7)]
    [InlineData("als je het mij vraagt, 6", "nl", 6)]
    [InlineData("5, but if the app gets fixed, 9", "en", 5)]
    [InlineData("un 10 se lo merecen", "es", 10)]
    public void A_way_of_speaking_is_no_condition_and_a_score_given_now_stands(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("2 now, used to give you 10", "en", 2)]
    [InlineData("6 these days, it was a 9 back then", "en", 6)]
    [InlineData("en ce moment 4, avant je mettais 8", "fr", 4)]
    [InlineData("derzeit 5, damals eine 9", "de", 5)]
    [InlineData("hoy un 4, antes un 8", "es", 4)]
    [InlineData("agora 5, antigamente 9", "pt", 5)]
    [InlineData("momenteel een 4, vroeger een 8", "nl", 4)]
    public void Todays_score_beside_an_earlier_one_is_todays(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("antes les ponía un 8", "es")]
    [InlineData("vroeger gaf ik jullie 9", "nl")]
    [InlineData("autrefois je mettais 9", "fr")]
    public void An_earlier_score_alone_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("our shop is near Five Ways and nobody came", "en")]
    [InlineData("je suis à Deux Montagnes depuis mars", "fr")]
    [InlineData("el pedido iba a Tres Cantos", "es")]
    [InlineData("a loja de Dois Irmãos fechou", "pt")]
    [InlineData("ich schwebe auf Wolke 7 seit dem Umzug", "de")]
    [InlineData("on cloud 9 about the new kettle", "en")]
    [InlineData("kostte me een tientje te veel", "nl")]
    [InlineData("it cost us 10 more than quoted", "en")]
    [InlineData("on m'a facturé 10 de plus", "fr")]
    [InlineData("me cobraron 5 extra por el envío", "es")]
    [InlineData("Tisch 4 wurde vergessen", "de")]
    public void A_number_in_a_name_an_idiom_or_a_sum_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("a Neuner, passt scho", "de", 9)]
    [InlineData("an Achter, mehr ned", "de", 8)]
    [InlineData("un sietecito nomás", "es", 7)]
    [InlineData("niks, echt niks", "nl", 0)]
    [InlineData("Seven. Good enough", "en", 7)]
    public void A_dialect_or_pet_number_word_is_the_score(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("10 no", "es")]
    [InlineData("um 10 não", "pt")]
    [InlineData("de bal lag achter de kast", "nl")]
    public void A_refused_number_or_a_false_friend_is_no_score(string text, string locale) =>
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);

    private void AssertScore(string text, string locale, int expected)
    {
        var result = _recognizer.Recognize(text, locale);

        Assert.Equal((ScoreStatus.Ok, expected), (result.Status, result.Score));
    }
}
