using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>
/// Issue 12, fourteenth round: the kinds batch m's first run missed (see MISS-KINDS-2026-12-03-m.md): dialect and pet words
/// for numbers, Brazilian phone "meia", "one, and barely", a foreign number word glossed by its digit, the same number in
/// stars and on our scale, self-corrections after "nonsense", "not even a 1", another person's score in brackets, a score for
/// a named member of staff, a score before what it "would be" on a condition; and numbers that are no score: house numbers,
/// articles of a contract, platforms, ranks, people told, German grades with "plus"/"minus", an earlier year's score and a
/// 10 refused by an idiom, each in the languages that have the form, in wording of our own (never a batch line).
/// </summary>
public sealed class ScoreKindFourteenthRoundTests
{
    private readonly ScoreRecognizer _recognizer = new();

    [Theory]
    [InlineData("oans", "de", 1)]
    [InlineData("nulla, leider", "de", 0)]
    [InlineData("zeuve", "nl", 7)]
    [InlineData("nuuj", "nl", 9)]
    [InlineData("een nulletje", "nl", 0)]
    [InlineData("un cerito", "es", 0)]
    [InlineData("un unito", "es", 1)]
    [InlineData("meia", "pt", 6)]
    [InlineData("meia, como no telefone", "pt", 6)]
    public void A_dialect_or_pet_word_for_a_number_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("meia boca", "pt")]
    [InlineData("meia hora de espera", "pt")]
    public void Meia_as_a_half_is_no_six(string text, string locale) =>
        Assert.NotEqual(ScoreStatus.Ok, _recognizer.Recognize(text, locale).Status);

    [Theory]
    [InlineData("un et encore", "fr", 1)]
    [InlineData("eine und das ist noch gnädig", "de", 1)]
    [InlineData("uno y gracias", "es", 1)]
    [InlineData("um e já é muito", "pt", 1)]
    [InlineData("een en dan nog", "nl", 1)]
    public void One_and_barely_is_a_one(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("zehn (Austrian here, means 10)", "en", 10)]
    [InlineData("nine (englisch, bedeutet 9)", "de", 9)]
    [InlineData("8 ⭐ on the app, here I give 8", "en", 8)]
    [InlineData("sept ⭐ sur l'appli, ici je mets 7", "fr", 7)]
    public void The_same_number_said_twice_in_two_ways_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Fact]
    public void Stars_alone_still_ask_which_scale() =>
        Recognized("4 ⭐", "en", ScoreStatus.Ambiguous);

    [Theory]
    [InlineData("6, nonsense, 7", "en", 7)]
    [InlineData("4, ach Quatsch, 5", "de", 5)]
    [InlineData("7, tonterías, 8", "es", 8)]
    [InlineData("3, bobagem, 4", "pt", 4)]
    [InlineData("5, onzin, 6", "nl", 6)]
    [InlineData("not even a 1, so 0", "en", 0)]
    [InlineData("pas même un 1, donc 0", "fr", 0)]
    [InlineData("nicht mal eine 1, also 0", "de", 0)]
    [InlineData("ni siquiera un 1, un 0", "es", 0)]
    [InlineData("nem sequer um 1, 0", "pt", 0)]
    [InlineData("niet eens een 2, gewoon 1", "nl", 1)]
    public void A_number_taken_back_gives_way_to_the_next(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("my brother loves you (9), I give 4", "en", 4)]
    [InlineData("ma voisine vous adore (10), moi je mets 4", "fr", 4)]
    [InlineData("meine Schwester findet euch super (10), ich gebe 5", "de", 5)]
    [InlineData("mi madre os adora (10), yo pongo un 3", "es", 3)]
    [InlineData("o meu pai gosta muito (9), eu dou 5", "pt", 5)]
    [InlineData("mijn zus is fan (10), ik geef een 6", "nl", 6)]
    public void Another_persons_score_in_brackets_gives_way_to_the_customers(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("10 for the cashier Maria", "en", 10)]
    [InlineData("eine 10 für den Fahrer Jonas", "de", 10)]
    [InlineData("un 9 para el cajero Luis", "es", 9)]
    [InlineData("9 pro motorista Paulo", "pt", 9)]
    public void A_score_for_a_named_member_of_staff_is_the_customers(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Fact]
    public void A_score_for_an_unnamed_driver_still_asks() =>
        Recognized("10 for the driver", "en", ScoreStatus.Ambiguous);

    [Theory]
    [InlineData("6, if you had parking it would be 9", "en", 6)]
    [InlineData("6, s'il y avait un parking ce serait 9", "fr", 6)]
    [InlineData("7, wenn es Parkplätze gäbe, wäre es 9", "de", 7)]
    [InlineData("7, si hubiera parking sería 9", "es", 7)]
    [InlineData("7, se tivesse estacionamento seria 9", "pt", 7)]
    [InlineData("7, als er parkeerplaats was zou het 9 zijn", "nl", 7)]
    public void A_score_before_what_it_would_be_on_a_condition_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("Kirchweg 5 ist die Adresse", "de")]
    [InlineData("Kerkstraat 7", "nl")]
    [InlineData("3 rue de la Paix", "fr")]
    [InlineData("calle 5 esquina", "es")]
    [InlineData("moro na rua 7", "pt")]
    [InlineData("article 5 of the contract", "en")]
    [InlineData("article 6 des CGV", "fr")]
    [InlineData("Artikel 3 der AGB", "de")]
    [InlineData("cláusula 4 del contrato", "es")]
    [InlineData("artigo 9 do contrato", "pt")]
    [InlineData("punt 4 van de voorwaarden", "nl")]
    [InlineData("track 9", "en")]
    [InlineData("voie 4", "fr")]
    [InlineData("vía 2 otra vez", "es")]
    [InlineData("cais 3", "pt")]
    public void A_house_number_an_article_or_a_platform_is_no_score(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.None);

    [Theory]
    [InlineData("among the 3 best in town", "en")]
    [InlineData("one of the best around", "en")]
    [InlineData("les 3 meilleurs du quartier", "fr")]
    [InlineData("un des meilleurs", "fr")]
    [InlineData("die 5 besten Läden", "de")]
    [InlineData("eine der besten Filialen", "de")]
    [InlineData("los 3 mejores de Madrid", "es")]
    [InlineData("uno de los mejores", "es")]
    [InlineData("um dos melhores", "pt")]
    [InlineData("in de beste 3", "nl")]
    [InlineData("een van de beste", "nl")]
    public void A_rank_among_the_best_is_no_score(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.None);

    [Fact]
    public void A_score_then_the_best_shop_is_the_score() =>
        Assert.Equal(9, Recognized("9, the best shop around", "en", ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("told 3 neighbours about you", "en")]
    [InlineData("j'en ai parlé à 3 voisines", "fr")]
    [InlineData("hab's 2 Nachbarn erzählt", "de")]
    [InlineData("se lo dije a 3 compañeros", "es")]
    [InlineData("contei para 4 vizinhos", "pt")]
    [InlineData("aan 4 collega's verteld", "nl")]
    [InlineData("eine 3 plus", "de")]
    [InlineData("ne Zwei minus", "de")]
    public void People_told_and_a_german_grade_with_its_tendency_are_no_score(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.None);

    [Theory]
    [InlineData("2023 gave you a 9", "en")]
    [InlineData("l'autre fois j'ai mis 6", "fr")]
    [InlineData("2024 gab ich 8", "de")]
    [InlineData("en 2023 le di un 9", "es")]
    [InlineData("da outra vez dei 7", "pt")]
    [InlineData("in 2022 gaf ik een 8", "nl")]
    public void A_score_given_in_an_earlier_year_or_time_is_no_score(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.None);

    [Fact]
    public void A_score_beside_a_year_with_no_verb_of_giving_is_the_score() =>
        Assert.Equal(9, Recognized("sinds 2020 klant, 9", "nl", ScoreStatus.Ok).Score);

    [Theory]
    [InlineData("a 10, dream on", "en")]
    [InlineData("un 10, tu rêves", "fr")]
    [InlineData("eine 10, träum weiter", "de")]
    [InlineData("un 10 ni de broma", "es")]
    [InlineData("um 10 nem em sonho", "pt")]
    [InlineData("een 9 zit er nog lang niet in", "nl")]
    public void A_number_refused_by_an_idiom_is_no_score(string text, string locale) =>
        Recognized(text, locale, ScoreStatus.None);

    [Theory]
    [InlineData("een 6, meer zit er niet in", "nl", 6)]
    [InlineData("un 10, un rêve", "fr", 10)]
    public void A_score_with_no_more_in_it_or_a_dream_is_the_score(string text, string locale, int score) =>
        Assert.Equal(score, Recognized(text, locale, ScoreStatus.Ok).Score);

    private ScoreRecognition Recognized(string text, string locale, ScoreStatus expected)
    {
        var recognition = _recognizer.Recognize(text, locale);
        Assert.Equal(expected, recognition.Status);
        return recognition;
    }
}
