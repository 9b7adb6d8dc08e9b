using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>
/// Issue 12, eighth round: the kinds batch g's first run (and the earlier batches) missed, each in the languages where the
/// kind exists, in wording of our own (never a batch line or a line of the own held-out set).
/// </summary>
public sealed class ScoreKindEighthRoundTests
{
    private readonly ScoreRecognizer _recognizer = new();

    [Theory]
    [InlineData("gate 4 was changed twice", "en")]
    [InlineData("quai 2 fermé sans prévenir", "fr")]
    [InlineData("Gleis 4 war wieder gesperrt", "de")]
    [InlineData("el andén 3 estaba cerrado", "es")]
    [InlineData("plataforma 5 sem nenhum aviso", "pt")]
    [InlineData("spoor 3 was afgesloten", "nl")]
    [InlineData("the number 8 tram skipped our stop", "en")]
    public void A_number_that_names_a_place_or_a_line_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("tram line 9 never on time, I'd say 3", "en", 3)]
    [InlineData("chambre 4 bruyante, je mets 6", "fr", 6)]
    [InlineData("Zimmer 2 war laut, trotzdem 6", "de", 6)]
    [InlineData("habitación 5 ruidosa, un 6", "es", 6)]
    [InlineData("quarto 3 barulhento, nota 6", "pt", 6)]
    [InlineData("kamer 5 was lawaaiig, een 6", "nl", 6)]
    public void The_score_beside_a_place_number_is_kept(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("text me after 7", "en")]
    [InlineData("rappelez plutôt après 8", "fr")]
    [InlineData("bitte erst nach 6 zurückrufen", "de")]
    [InlineData("escríbanme después de las 8", "es")]
    [InlineData("me chama depois das 7", "pt")]
    [InlineData("bel na 6 terug", "nl")]
    [InlineData("de bus kwam om half 9", "nl")]
    [InlineData("Abholung erst um halb 8", "de")]
    public void A_time_to_call_back_or_a_clock_time_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("Abholung 9 Uhr 40, also 5", "de", 5)]
    [InlineData("bezorgd om 8 uur 45, een 7", "nl", 7)]
    public void The_minutes_of_a_clock_time_do_not_make_the_score_ambiguous(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("2 many calls from ur sales team", "en")]
    [InlineData("been chasing 4 my money back since june", "en")]
    [InlineData("only 1 of my 3 parcels turned up", "en")]
    [InlineData("2 de mes 4 colis sont arrivés", "fr")]
    public void An_sms_spelling_or_a_part_of_a_count_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("waited ages 4 my parcel, 5 tho", "en", 5)]
    [InlineData("c 1 peu lent, 6", "fr", 6)]
    public void The_score_beside_an_sms_spelling_is_kept(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("one of these days I'll switch", "en")]
    [InlineData("le technicien s'est mis en quatre pour rien", "fr")]
    [InlineData("wir haben das unter vier Augen besprochen", "de")]
    [InlineData("solo cuatro gatos esperando y nadie atendía", "es")]
    [InlineData("os técnicos ficaram pintando o sete", "pt")]
    [InlineData("ik was van twee gedachten", "nl")]
    [InlineData("la machine est neuve et déjà en panne", "fr")]
    [InlineData("flambant neuf, mais bruyant", "fr")]
    public void A_number_word_in_an_idiom_or_a_false_friend_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("on cloud nine with the sofa, 10", "en", 10)]
    [InlineData("neuf", "fr", 9)]
    [InlineData("je mets neuf", "fr", 9)]
    public void A_score_beside_an_idiom_and_a_plain_neuf_are_kept(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("2 never flying with you again", "en", 2)]
    [InlineData("1 plus jamais chez vous", "fr", 1)]
    [InlineData("0 nie wieder diese Werkstatt", "de", 0)]
    [InlineData("3 y nunca más vuelvo", "es", 3)]
    [InlineData("2 nunca mais compro aí", "pt", 2)]
    [InlineData("1 nooit meer bij jullie", "nl", 1)]
    public void A_low_score_before_a_vow_never_to_return_is_the_score(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("3 stars, so a 6 from me", "en", 6)]
    [InlineData("12/20, donc 6", "fr", 6)]
    [InlineData("Schulnote 3, also 6 bei euch", "de", 6)]
    [InlineData("4 estrellas, o sea un 8", "es", 8)]
    [InlineData("3 estrelas, logo 6", "pt", 6)]
    [InlineData("3 sterren, dus een 6", "nl", 6)]
    public void A_rating_on_another_scale_converted_to_ours_gives_our_number(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("3 stars and 6", "en")]
    [InlineData("4 étoiles", "fr")]
    public void A_rating_on_another_scale_without_a_conversion_stays_ambiguous(string text, string locale) =>
        Assert.Equal(ScoreStatus.Ambiguous, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("waited 5 days. FIVE.", "en")]
    [InlineData("pas de 10 cette année", "fr")]
    [InlineData("ningún 10 para ustedes", "es")]
    [InlineData("nenhum 10 pra vocês", "pt")]
    [InlineData("my grandson says 10", "en")]
    [InlineData("meine Enkelin gibt euch 9", "de")]
    [InlineData("mijn oma zou 10 geven", "nl")]
    public void An_echo_a_refused_number_or_a_grandchilds_score_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("ma sœur dirait 3, moi 7", "fr", 7)]
    [InlineData("after 3 letters they paid, 6", "en", 6)]
    [InlineData("faltaram 2 caixas, nota 4", "pt", 4)]
    [InlineData("me cobraron 20 pavos de más, un 3", "es", 3)]
    [InlineData("20 balles pour ça, 4", "fr", 4)]
    public void The_own_score_beside_someone_elses_or_beside_a_count_is_kept(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("sächs", "de", 6)]
    [InlineData("nüün!", "de", 9)]
    [InlineData("zehne", "de", 10)]
    [InlineData("fünfe", "de", 5)]
    [InlineData("un ochito", "es", 8)]
    [InlineData("dou um setinho", "pt", 7)]
    public void A_dialect_or_pet_form_of_a_number_word_is_that_number(string text, string locale, int expected) => AssertScore(text, locale, expected);

    [Theory]
    [InlineData("das Steak war zäh", "de")]
    [InlineData("neta, no sé", "es")]
    public void A_word_that_only_looks_like_a_dialect_number_or_a_relative_is_no_score(string text, string locale) =>
        Assert.Equal(ScoreStatus.None, _recognizer.Recognize(text, locale).Status);

    [Fact]
    public void Great_room_then_a_score_after_a_full_stop_is_the_score() => AssertScore("Great room. 9", "en", 9);

    private void AssertScore(string text, string locale, int expected)
    {
        var result = _recognizer.Recognize(text, locale);

        Assert.Equal((ScoreStatus.Ok, expected), (result.Status, result.Score ?? -1));
    }
}
