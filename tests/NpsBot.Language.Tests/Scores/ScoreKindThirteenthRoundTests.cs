using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>
/// Issue 12, thirteenth round: the kinds batch l's first run missed (see MISS-KINDS-2026-12-02-l.md): a score after a
/// reference number and a colon, beside a span of hours, an hour of the day, a branch number or an earlier survey's "was a";
/// "one out of ten" with an article-number and Spanish seseo "dies"; counts of things bought or of people told; hours and
/// halves in words, "one in a million", "24/7" in words, "een tientje" and questions about the scale's end, each in the
/// languages that have it, in wording of our own (never a batch line).
/// </summary>
public sealed class ScoreKindThirteenthRoundTests
{
    private readonly ScoreRecognizer _recognizer = new();

    [Theory]
    [InlineData("order 88213: 7", "en", 7)]
    [InlineData("commande n° 55120 : 8", "fr", 8)]
    [InlineData("Bestellnummer 99431: 6", "de", 6)]
    [InlineData("pedido 771209: 9", "es", 9)]
    [InlineData("encomenda 650021: 4", "pt", 4)]
    [InlineData("ordernummer 3318870: 7", "nl", 7)]
    public void A_score_after_a_reference_number_and_a_colon_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Fact]
    public void A_clock_time_written_with_a_colon_is_still_no_score() =>
        Recognized("the engineer came at 9:30", "en", ScoreStatus.None);

    [Theory]
    [InlineData("waited from 9 to 11, 4", "en", 4)]
    [InlineData("attendu de 9 à 12, 3", "fr", 3)]
    [InlineData("von 7 bis 11 gewartet, 4", "de", 4)]
    [InlineData("esperando de 9 a 12, un 2", "es", 2)]
    [InlineData("esperei das 8 às 12, 3", "pt", 3)]
    [InlineData("van 9 tot 11 gewacht, 5", "nl", 5)]
    public void A_score_beside_a_span_of_hours_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Fact]
    public void A_range_within_our_scale_still_asks() =>
        Recognized("de 7 a 8", "es", ScoreStatus.Ambiguous);

    [Theory]
    [InlineData("6 and it's 5 in the morning", "en", 6)]
    [InlineData("5, il est 6 du matin", "fr", 5)]
    [InlineData("4, es war 7 am Abend", "de", 4)]
    [InlineData("3 y son las 7 de la mañana", "es", 3)]
    [InlineData("5 e são 6 da manhã", "pt", 5)]
    [InlineData("6, en het is 7 in de ochtend", "nl", 6)]
    public void A_score_beside_an_hour_of_the_day_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("3 because branch 14 is always shut", "en", 3)]
    [InlineData("4, agence 12 toujours fermée", "fr", 4)]
    [InlineData("3 weil die Filiale 15 nie offen hat", "de", 3)]
    [InlineData("2, la sucursal 14 nunca abre", "es", 2)]
    [InlineData("3, a filial 12 vive fechada", "pt", 3)]
    [InlineData("4 want vestiging 11 is altijd dicht", "nl", 4)]
    public void A_score_beside_a_branch_number_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("9 (it was a 5 last year)", "en", 9)]
    [InlineData("8 (c'était un 4 l'an dernier)", "fr", 8)]
    [InlineData("9 (war eine 5 letztes Jahr)", "de", 9)]
    [InlineData("8 (era un 6 el año pasado)", "es", 8)]
    [InlineData("9 (era um 5 no ano passado)", "pt", 9)]
    [InlineData("8 (was een 6 vorig jaar)", "nl", 8)]
    public void A_score_beside_what_it_was_before_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("one out of ten", "en", 1)]
    [InlineData("une sur dix, pas plus", "fr", 1)]
    [InlineData("eine von zehn", "de", 1)]
    [InlineData("uno sobre diez", "es", 1)]
    [InlineData("um de dez", "pt", 1)]
    [InlineData("een op tien", "nl", 1)]
    [InlineData("dies de dies", "es", 10)]
    [InlineData("un dies", "es", 10)]
    [InlineData("the app dies, 3", "en", 3)]
    public void One_out_of_ten_and_seseo_ten_are_scores(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Fact]
    public void German_dies_is_this_not_ten() =>
        Recognized("dies ist gut", "de", ScoreStatus.None);

    [Theory]
    [InlineData("we bought 2 lamps from you last month", "en")]
    [InlineData("on a acheté 5 chaises chez vous", "fr")]
    [InlineData("j'en ai acheté 2", "fr")]
    [InlineData("wir haben 2 Lampen bei euch gekauft", "de")]
    [InlineData("compramos 3 mesas en vuestra tienda", "es")]
    [InlineData("comprámos 2 sofás", "pt")]
    [InlineData("ik heb 5 stoelen gekocht", "nl")]
    [InlineData("bought 4 lamps, 2 broke", "en")]
    [InlineData("recommended you to 4 neighbours", "en")]
    [InlineData("recomendé la tienda a 4 vecinos", "es")]
    [InlineData("indiquei para 3 vizinhos", "pt")]
    [InlineData("aan 5 buren aangeraden", "nl")]
    public void A_count_of_things_bought_or_of_people_told_is_no_score(string text, string locale) =>
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("bought a sofa, 9", "en", 9)]
    [InlineData("would buy again, 8", "en", 8)]
    [InlineData("compré una mesa, un 9", "es", 9)]
    [InlineData("a las ocho, un 9", "es", 9)]
    [InlineData("seis e meio, não, 6", "pt", 6)]
    [InlineData("10, the best!", "en", 10)]
    public void A_score_beside_a_purchase_an_hour_or_a_half_taken_back_stays_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("the courier came at eight", "en")]
    [InlineData("le livreur est passé vers huit", "fr")]
    [InlineData("Paket kam erst um halb neun", "de")]
    [InlineData("el técnico vino a las ocho", "es")]
    [InlineData("o técnico veio às oito", "pt")]
    [InlineData("de monteur kwam om half acht", "nl")]
    public void An_hour_in_words_is_no_score(string text, string locale) =>
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("six and a half", "en")]
    [InlineData("six et demi", "fr")]
    [InlineData("sieben und ein halb", "de")]
    [InlineData("ocho y medio", "es")]
    [InlineData("oito e meio", "pt")]
    [InlineData("acht en een half", "nl")]
    public void A_number_and_a_half_in_words_is_no_whole_score(string text, string locale) =>
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("honestly one in a million", "en")]
    [InlineData("un sur un million, ce vendeur", "fr")]
    [InlineData("einer unter Millionen", "de")]
    [InlineData("uno entre un millón", "es")]
    [InlineData("um num milhão", "pt")]
    [InlineData("een op een miljoen", "nl")]
    [InlineData("open twenty-four seven", "en")]
    [InlineData("ouvert vingt-quatre sept", "fr")]
    [InlineData("vierundzwanzig sieben erreichbar", "de")]
    [InlineData("atención veinticuatro siete", "es")]
    [InlineData("vinte e quatro sete", "pt")]
    [InlineData("vierentwintig zeven bereikbaar", "nl")]
    [InlineData("nog een tientje erbij", "nl")]
    public void One_in_a_million_24_7_in_words_and_a_tenner_are_no_score(string text, string locale) =>
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("is 10 the highest?", "en")]
    [InlineData("10 c'est le maximum ?", "fr")]
    [InlineData("ist 10 das Höchste?", "de")]
    [InlineData("¿el 10 es el máximo?", "es")]
    [InlineData("10 é o máximo?", "pt")]
    [InlineData("is 10 het hoogste?", "nl")]
    public void A_question_about_the_scales_end_is_no_score(string text, string locale) =>
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);

    private ScoreRecognition Recognized(string text, string locale, ScoreStatus expected)
    {
        var recognition = _recognizer.Recognize(text, locale);
        Assert.Equal(expected, recognition.Status);
        return recognition;
    }
}
