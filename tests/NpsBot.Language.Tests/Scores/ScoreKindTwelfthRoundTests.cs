using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>
/// Issue 12, twelfth round: the kinds batch k's first run missed (see MISS-KINDS-2026-12-02-k.md): the scale said with a
/// spoken "out of", a score for the trade that did the job, a school grade or stars beside a number on our scale, "I mean"
/// corrections, a condition after a later number, dialect nouns, a lone "one" with an aside, a place in a queue and Spanish
/// "de diez", each in the languages that have it, in wording of our own (never a batch line).
/// </summary>
public sealed class ScoreKindTwelfthRoundTests
{
    private readonly ScoreRecognizer _recognizer = new();

    [Theory]
    [InlineData("seven outta ten", "en", 7)]
    [InlineData("9 outa 10 mate", "en", 9)]
    [InlineData("huit sur dix, sans hésiter", "fr", 8)]
    [InlineData("ne Acht von Zehn", "de", 8)]
    [InlineData("un ocho sobre diez", "es", 8)]
    [InlineData("oito em dez", "pt", 8)]
    [InlineData("een acht op tien", "nl", 8)]
    public void A_score_with_the_scale_said_after_it_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("a 9 for the plumber", "en", 9)]
    [InlineData("un 8 pour le plombier", "fr", 8)]
    [InlineData("eine 9 für den Monteur", "de", 9)]
    [InlineData("un 10 para el fontanero", "es", 10)]
    [InlineData("nota 9 pro mecânico", "pt", 9)]
    [InlineData("een 8 voor de loodgieter", "nl", 8)]
    public void A_score_for_the_trade_that_did_the_job_alone_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("un 9 pour le plombier, le reste bof", "fr")]
    [InlineData("een 8 voor de loodgieter, de rest niks", "nl")]
    [InlineData("10 for the courier", "en")]
    public void A_trade_beside_the_rest_or_a_courier_still_asks(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.Ambiguous);

    [Theory]
    [InlineData("4 stars, on your scale a 7", "en", 7)]
    [InlineData("en note scolaire 16, sur votre échelle 8", "fr", 8)]
    [InlineData("als Schulnote eine 2, auf eurer Skala eine 8", "de", 8)]
    [InlineData("nota escolar 7, en vuestra escala 8", "es", 8)]
    [InlineData("nota escolar 15, na vossa escala 8", "pt", 8)]
    [InlineData("rapportcijfer 7, op jullie schaal een 8", "nl", 8)]
    [InlineData("2 ⭐ pardon, 3 sur votre échelle", "fr", 3)]
    [InlineData("4 ⭐ sorry, 4 on your scale", "en", 4)]
    [InlineData("3 Sterne, nein, 3 auf eurer Skala", "de", 3)]
    public void A_number_on_our_scale_named_beside_a_school_grade_or_stars_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Fact]
    public void A_school_grade_alone_still_asks_which_scale() =>
        Assert.True(Recognized("in Schulnoten eine 2", "de", ScoreStatus.Ambiguous).OtherScale);

    [Theory]
    [InlineData("6 I mean 7", "en", 7)]
    [InlineData("6 je veux dire 7", "fr", 7)]
    [InlineData("8 ich mein 9", "de", 9)]
    [InlineData("7 digo 8", "es", 8)]
    [InlineData("6 digo 7", "pt", 7)]
    [InlineData("7 ik bedoel 8", "nl", 8)]
    public void An_I_mean_between_two_numbers_keeps_the_later(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("5 - would be 8, if the lifts worked", "en", 5)]
    [InlineData("6 – ce serait 9, si la clim marchait", "fr", 6)]
    [InlineData("5 – wäre 8, wenn der Aufzug ginge", "de", 5)]
    [InlineData("5 – sería 8, si el ascensor funcionara", "es", 5)]
    [InlineData("6 – seria 9, se o elevador funcionasse", "pt", 6)]
    [InlineData("5 – zou 8 zijn, als de lift werkte", "nl", 5)]
    public void A_conditional_score_after_the_current_one_leaves_the_current(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("would be 9, if the lifts were not so slow", "en")]
    [InlineData("ce serait 9, si la clim n'était pas si bruyante", "fr")]
    [InlineData("wäre 9, wenn der Aufzug nicht so oft kaputt wäre", "de")]
    [InlineData("sería un 9, si el ascensor no fuera tan lento", "es")]
    [InlineData("seria 9, se o elevador não fosse tão lento", "pt")]
    [InlineData("zou een 9 zijn, als de lift niet zo traag was", "nl")]
    public void A_conditional_score_alone_is_not_recorded(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.Ambiguous);

    [Theory]
    [InlineData("a Neiner, passt scho", "de", 9)]
    [InlineData("a Siebner, mehr ned", "de", 7)]
    [InlineData("a solid niner", "en", 9)]
    [InlineData("un nuevecito", "es", 9)]
    public void A_dialect_or_pet_form_of_a_number_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("one, honestly", "en")]
    [InlineData("une, franchement", "fr")]
    [InlineData("eine, ehrlich gesagt", "de")]
    [InlineData("una, sinceramente", "es")]
    [InlineData("uma só, e já é muito", "pt")]
    [InlineData("een, eerlijk gezegd", "nl")]
    public void A_lone_one_with_an_aside_after_it_is_the_score(string text, string locale) =>
        Assert.Equal(1, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("un seul colis est arrivé", "fr")]
    [InlineData("wir waren der 4. in der Schlange, ewig gewartet", "de")]
    [InlineData("still 6 in the queue after twenty minutes", "en")]
    [InlineData("toujours le 5 dans la file d'attente", "fr")]
    [InlineData("iba el 4 en la cola", "es")]
    [InlineData("era o 5 na fila", "pt")]
    [InlineData("nog altijd 6 in de wachtrij na een half uur", "nl")]
    [InlineData("de diez, como dice mi abuela", "es")]
    public void A_place_in_a_queue_an_article_before_a_noun_or_de_diez_is_no_score(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.None);

    [Theory]
    [InlineData("8, in the queue for ages but fine", "en", 8)]
    [InlineData("una nota de 10", "es", 10)]
    [InlineData("diez de diez", "es", 10)]
    public void A_score_before_a_queue_told_apart_or_de_diez_after_a_grade_stays_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    private ScoreRecognition Recognized(string text, string locale, ScoreStatus expected)
    {
        var recognition = _recognizer.Recognize(text, locale);
        Assert.Equal(expected, recognition.Status);
        return recognition;
    }
}
