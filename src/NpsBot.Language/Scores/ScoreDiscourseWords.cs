using System.Collections.Frozen;

namespace NpsBot.Language.Scores;

/// <summary>
/// The words around a candidate that say whose number it is, when it was given, and whether it is a score at all
/// (en, es, fr, de, pt, nl; matched on folded text). Hand-written: no library knows survey discourse.
/// </summary>
public static class ScoreDiscourseWords
{
    /// <summary>Other people whose score a customer reports ("my husband would say 10").</summary>
    public static readonly FrozenSet<string> OtherPeople = Set(
        "husband wife hubby kids kid children son daughter friend friends sister brother mum mom mother dad father neighbour neighbor partner boyfriend girlfriend colleague boss family "
        + "marido mujer esposa esposo hijos hijo hija hermana hermano amigo amiga amigos vecino vecina madre padre novio novia "
        + "mari femme enfants enfant fils fille soeur frere ami amie copine copain voisin voisine mere pere "
        + "mann frau kinder kind sohn tochter schwester bruder freund freundin nachbar nachbarin mutter vater "
        + "mulher filhos filho filha irma irmao vizinho vizinha mae pai namorado namorada "
        + "man vrouw kinderen zoon dochter zus broer vriend vriendin buurman buurvrouw moeder vader");

    /// <summary>First-person subjects: "my husband and I say 9" is the customer's own score.</summary>
    public static readonly FrozenSet<string> FirstPerson = Set("i me i'd i'll moi je j'ai j'aurais ich yo eu ik");

    /// <summary>Words that close a clause: what follows is a new statement ("my wife says 8 but me 5").</summary>
    public static readonly FrozenSet<string> ClauseBreaks = Set("but though pero sino mais aber sondern doch mas porem maar");

    /// <summary>Correction markers between two numbers: the later one is the answer ("7, wait, make that 8").</summary>
    public static readonly FrozenSet<string> Corrections = Set(
        "wait actually no nah nope rather make scratch correction "
        + "espera mejor bueno perdon corrijo non plutot enfin attendez attends pardon finalement "
        + "nee nein moment doch eher korrektur pera alias melhor corrigindo wacht toch eigenlijk "
        + "honestly really realistically ultimately sinceramente realmente franchement vraiment ehrlich ehrlicherweise wirklich eerlijk echt");

    /// <summary>Pairs of words that put the clause in an earlier survey ("last year I said 8").</summary>
    public static readonly FrozenSet<string> PastPairs = Set(
        "last_year last_time last_survey previous_survey l'an_dernier an_dernier l'annee_derniere annee_derniere derniere_fois "
        + "letztes_jahr letztes_mal vorjahr_ ano_pasado ultima_vez ano_passado vorig_jaar vorige_keer vorige_enquete "
        + "last_month last_week mois_dernier semaine_derniere letzten_monat letzte_woche mes_pasado semana_pasada mes_passado semana_passada vorige_maand vorige_week "
        + "google trustpilot yelp tripadvisor reclame_aqui kiyoh");

    /// <summary>Words or pairs that make the number a thought not given ("I was gonna say 5").</summary>
    public static readonly FrozenSet<string> Hypothetical = Set(
        "was_gonna was_going going_to_say iba_a iba_decir allais_dire allais_mettre j'allais wollte ia_dizer ia_dar wilde would've_said "
        + "thought considered pensaba pensais pensei dachte overwoog");

    /// <summary>"Never" words: a number next to them, or in a clause about what it will be, is refused ("a 10 never", "never gonna be a 10").</summary>
    public static readonly FrozenSet<string> Never = Set("never nunca jamas jamais nie niemals nooit nimmer");

    /// <summary>Verbs of being/becoming that make a "never" clause a refusal ("ne 10 wird das nie").</summary>
    public static readonly FrozenSet<string> BeVerbs = Set("be being become sera seras serait ser sera vai wird werden wordt worden word");

    /// <summary>Words before a number followed by a noun that make it a count of things ("the 2 ladies", "mis 3 tiendas"), per locale.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> Determiners = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["en"] = Set("the these those my our your his her their all"),
        ["fr"] = Set("les ces mes nos vos leurs des"),
        ["de"] = Set("die den der meine meinen unsere eure alle diese"),
        ["es"] = Set("los las mis nuestros nuestras sus tus estos estas esos esas"),
        ["pt"] = Set("os meus minhas nossos nossas seus suas esses essas estes estas"),
        ["nl"] = Set("de die deze mijn onze alle"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words after a number that keep it a score even after a determiner ("the 10 because ...", "the 8 out of 10").</summary>
    public static readonly FrozenSet<string> ScoreFollowers = Set(
        "out of sur von uit de em van points point punkte punten pontos puntos because porque parce car weil denn omdat pq i is es est ist e en y und et and");

    /// <summary>Verbs of giving a score, for refusals ("won't be giving you a 10").</summary>
    public static readonly FrozenSet<string> GiveVerbs = Set(
        "give giving gave get getting dar dando daria voy llevar donner donne donnerai mettre mets mettrai aurez aurez auriez "
        + "geben gebe gibt bekommt bekommen kriegt kriegen levar levam vao dou daria krijgen krijgt geven geef");

    /// <summary>Negations, with the English contractions the tokenizer keeps whole.</summary>
    public static readonly FrozenSet<string> Negations = Set(
        "not no never won't wont don't dont can't cant wouldn't ni nunca jamas pas jamais nicht kein keine nie niemals nao nem niet geen nooit");

    /// <summary>Other rating scales: the number is a rating, but not on ours.</summary>
    public static readonly FrozenSet<string> OtherScales = Set(
        "star stars estrella estrellas estrellitas etoile etoiles stern sterne sternen sternchen estrela estrelas estrelinhas ster sterren sterretjes schulnote");

    /// <summary>Open-ended ranges after a number ("8 or more").</summary>
    public static readonly FrozenSet<string> OpenRangePairs = Set(
        "or_more or_higher or_above at_least o_mas o_superior ou_plus ou_mieux au_moins oder_mehr oder_hoher mindestens_ ou_mais ou_superior pelo_menos of_hoger of_meer minstens_");

    /// <summary>Words right before a number that make it a clock time or a date in that locale.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> TimeWords = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["es"] = Set("las"),
        ["fr"] = Set("le"),
        ["de"] = Set("um"),
        ["pt"] = Set("as dia"),
        ["nl"] = Set("om"),
        ["en"] = Set(""),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Questions about the scale ("what does 5 mean?"), as opposed to a tentative answer ("like a 3?").</summary>
    public static readonly FrozenSet<string> QuestionWords = Set(
        "what whats does do is are mean means which how best worst mejor peor que significa quel quelle quoi veut signifie mieux pire est-ce "
        + "was bedeutet heisst ist welche beste schlechteste quer dizer qual melhor pior wat betekent welke slechtste");

    /// <summary>Words before a number that make it a part of a count ("one of three", "sur trois").</summary>
    public static readonly FrozenSet<string> CountOf = Set("sur von uit");

    /// <summary>Deals read as "2 for 1" / "1+1".</summary>
    public static readonly FrozenSet<string> DealWords = Set("for por pour fur voor x");

    /// <summary>Words that make a number a past value ("3 ... was 2 until ...").</summary>
    public static readonly FrozenSet<string> WasWords = Set("was were era etait war estava");

    /// <summary>Words that after a zero make it an idiom ("zero problems", "null Bock"), not a score: everything except these.</summary>
    public static readonly FrozenSet<string> ZeroContinuations = Set(
        "because bc cause cuz from for out of points point absolute total porque pq por de para patatero absoluto parce pour sur pointe absolu weil von fur punkte punkt wegen komplett omdat van voor uit punten punt bem redondo absoluto");

    /// <summary>Words that are a number only in another language ("nul" is "rubbish" in French, "dos" "of the" in Portuguese).</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> FalseFriends = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["fr"] = Set("nul"),
        ["pt"] = Set("dos"),
        ["es"] = Set(""),
        ["de"] = Set(""),
        ["nl"] = Set(""),
        ["en"] = Set(""),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
