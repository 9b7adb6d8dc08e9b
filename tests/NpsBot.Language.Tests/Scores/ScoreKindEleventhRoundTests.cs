using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>
/// Issue 12, eleventh round: the kinds batch j's first run missed (a lone "one" after "only", pet forms of number words,
/// odds and "pay attention" idioms, "neuf" for a newcomer, ranks and crowds, parts of a count, an aside in brackets, a German
/// school grade in brackets), each in the languages that have it, in wording of our own (never a batch line).
/// </summary>
public sealed class ScoreKindEleventhRoundTests
{
    private readonly ScoreRecognizer _recognizer = new();

    [Theory]
    [InlineData("only one", "en", 1)]
    [InlineData("seulement un", "fr", 1)]
    [InlineData("nur eine", "de", 1)]
    [InlineData("solamente una", "es", 1)]
    [InlineData("apenas uma", "pt", 1)]
    [InlineData("slechts een", "nl", 1)]
    [InlineData("novezinho", "pt", 9)]
    [InlineData("um oitozinho", "pt", 8)]
    [InlineData("een achtje", "nl", 8)]
    [InlineData("zesje", "nl", 6)]
    public void A_lone_number_word_after_only_or_in_a_pet_form_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("ten to one they never answer the phone", "en")]
    [InlineData("dix contre un que personne ne rappelle", "fr")]
    [InlineData("zehn zu eins, dass keiner zurückruft", "de")]
    [InlineData("diez contra uno a que nadie me llama", "es")]
    [InlineData("dez contra um que ninguém liga de volta", "pt")]
    [InlineData("tien tegen een dat niemand terugbelt", "nl")]
    [InlineData("geef acht op de trap bij de ingang", "nl")]
    [InlineData("er werd geen acht geslagen op mijn vraag", "nl")]
    [InlineData("tu es neuf dans le métier ?", "fr")]
    [InlineData("le vélo est arrivé neuf et en bon état", "fr")]
    public void A_number_word_in_odds_or_another_words_sense_is_no_score(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.None);

    [Theory]
    [InlineData("one of the 3 best garages around", "en")]
    [InlineData("einer der 3 besten Läden hier", "de")]
    [InlineData("una de las 3 mejores tiendas", "es")]
    [InlineData("um dos 3 melhores hotéis da cidade", "pt")]
    [InlineData("een van de 3 beste zaken", "nl")]
    [InlineData("I am just 1 of many who waited", "en")]
    [InlineData("soy 1 de muchos clientes enfadados", "es")]
    [InlineData("1 von vielen Kunden mit dem Problem", "de")]
    [InlineData("ik ben 1 van velen met dit probleem", "nl")]
    public void A_rank_among_a_few_or_one_of_a_crowd_is_no_score(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.None);

    [Theory]
    [InlineData("four, 2 of the 3 parcels were late", "en", 4)]
    [InlineData("sept, 2 des 3 colis abîmés", "fr", 7)]
    [InlineData("fünf, 2 der 3 Pakete kaputt", "de", 5)]
    [InlineData("seis, 2 de los 3 paquetes rotos", "es", 6)]
    [InlineData("cinco, 1 das 4 caixas veio aberta", "pt", 5)]
    [InlineData("vijf, 2 van de 4 pakketten kwamen stuk", "nl", 5)]
    public void The_score_beside_a_part_of_a_count_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("7, my grandad (91) was thrilled", "en", 7)]
    [InlineData("8 cette fois (5 la dernière fois)", "fr", 8)]
    [InlineData("9, meine Tochter (12) war begeistert", "de", 9)]
    [InlineData("6, mi hijo (15) opina igual", "es", 6)]
    [InlineData("10, a minha avó (88) adorou", "pt", 10)]
    [InlineData("7, mijn zoon (14) vond het ook leuk", "nl", 7)]
    public void A_number_in_brackets_after_a_word_is_an_aside_beside_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Fact]
    public void Brackets_opened_right_on_the_number_still_make_it_ambiguous() =>
        Recognized("8 (or 9)", "en", ScoreStatus.Ambiguous);

    [Theory]
    [InlineData("gut (2)")]
    [InlineData("befriedigend (3)")]
    public void A_German_school_grade_in_brackets_is_no_score(string text) =>
        Recognized(text, "de", ScoreStatus.None);

    private ScoreRecognition Recognized(string text, string locale, ScoreStatus expected)
    {
        var recognition = _recognizer.Recognize(text, locale);
        Assert.Equal(expected, recognition.Status);
        return recognition;
    }
}
