using System.Collections.Frozen;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// The people whose score a customer may report instead of their own ("my husband would say 10", "mijn schoonmoeder zou
/// een 9 geven", "my mate reckons a 3"): family by blood and by marriage, friends, neighbours and colleagues, in the six
/// languages. In-laws and step-relatives are matched by how the languages build them (issue 12, tenth round): a hyphened
/// part ("mother-in-law", "belle-mère", "beau-frère") or a German or Dutch compound ending in a relative ("Schwiegermutter",
/// "schoonmoeder", "Stiefvater"). Hand-written: no library lists the people a customer speaks for.
/// </summary>
internal static class ScoreOtherPeople
{
    private const int MinimumCompoundEnd = 5;

    private static readonly FrozenSet<string> People = WordSet(
        "husband wife hubby kids kid children son daughter friend friends sister brother mum mom mother dad father neighbour neighbor partner boyfriend girlfriend colleague boss family "
        + "marido mujer esposa esposo hijos hijo hija hermana hermano amigo amiga amigos vecino vecina madre padre novio novia "
        + "mari femme enfants enfant fils fille soeur frere ami amie copine copain voisin voisine mere pere "
        + "mann frau kinder kind sohn tochter schwester bruder freund freundin nachbar nachbarin mutter vater "
        + "mulher filhos filho filha irma irmao vizinho vizinha mae pai namorado namorada "
        + "man vrouw kinderen zoon dochter zus broer vriend vriendin buurman buurvrouw moeder vader "
        // colleagues, teams and the people around (issue 12, third round), in the six languages
        + "colleagues coworkers co-workers workmates office others parents wife's husband's "
        + "colegas companeros companeras compas jefe jefa vieja viejo oficina demas padres "
        + "collegues collegue bureau patron patronne autres parents "
        + "kollegen kollegin kollege buro chefin anderen eltern "
        + "pessoal escritorio chefe outros pais "
        + "collega collega's collegas baas kantoor anderen ouders "
        // grandchildren and grandparents, and the ligature spelling "sœur" (issue 12, eighth round)
        + "grandson granddaughter grandkids grandchildren grandma grandpa granny nieto nieta nietos abuela abuelo sœur belle-sœur "
        + "petit-fils petite-fille petits-enfants grand-mere grand-pere mamie papi enkel enkelin enkelkind oma opa "
        // not "neto"/"neta": Mexican "neta" is "honestly" ("neta un 9")
        + "netos netinho netinha avo avos kleinzoon kleindochter kleinkinderen "
        // in-laws, aunts, uncles, cousins and informal friends (issue 12, tenth round); not Dutch "nicht" (German "not"),
        // not Spanish "gran" ("un gran 10")
        + "in-laws inlaws aunt auntie uncle cousin nephew niece mate mates buddy pal bestie flatmate roommate housemate fiance fiancee missus "
        + "suegra suegro suegros cunada cunado yerno nuera tia tio prima primo sobrina sobrino pareja "
        + "tante oncle cousine neveu niece pote potes conjoint conjointe compagne compagnon "
        + "schwager schwagerin onkel neffe nichte kumpel kumpeline gattin gatte "
        + "sogra sogro cunhada cunhado genro nora tia tio prima primo sobrinha sobrinho esposo parceiro parceira "
        + "schoonzus schoonbroer zwager oom neef maat");

    /// <summary>Prefixes of step-, in-law and great- relatives written as one word ("stepdad", "Stiefmutter", "schoonzus", "overgrootmoeder").</summary>
    private static readonly string[] RelativePrefixes = ["step", "stief", "schwieger", "schoon", "great", "gross", "groot", "overgroot", "bis", "tatara"];

    /// <summary>Relatives that end German and Dutch compounds ("Schwiegermutter", "schoonvader", "Stiefbruder", "grootmoeder").</summary>
    private static readonly FrozenSet<string> CompoundEnds = WordSet(
        "mutter vater bruder schwester tochter freund freundin moeder vader broer dochter vriend vriendin");

    /// <summary>Third persons who can hold a score of their own ("she'd give you 10", "ella les daría un 10", "zij zou een 10 geven").</summary>
    private static readonly FrozenSet<string> ThirdPersons = WordSet(
        "she he she'd he'd she'll he'll she's he's elle il ella ela ele er zij hij");

    /// <summary>Verbs of giving or saying a score after a third person (not "deserve": "they deserve a 10" is the customer's own).</summary>
    private static readonly FrozenSet<string> GivingVerbs = WordSet(
        "would give gives gave say says said rate rates reckons thinks donnerait dirait mettrait donne dit met daria diria pondria dice dijo da "
        + "wurde gabe gibt gab sagt sagte geben diz disse deu dava zou zegt zei geeft gaf geven");

    /// <summary>
    /// "a minha mãe adora vocês (10), eu dou 2", "my neighbour's a fan (10), I give 2": a number in brackets after a clause
    /// about someone else, with no "I" in it, is that person's score (issue 12, fourteenth round).
    /// </summary>
    internal static bool IsAnotherPersonsBracketedScore(IReadOnlyList<ScoreToken> tokens, int first)
    {
        if (ScoreAsides.AsideBracket(tokens, first) is not { } open)
        {
            return false;
        }

        var (start, _) = Clause(tokens, open - 1);
        return AnyIn(tokens, start, open - 1, t => IsOtherPerson(t.Folded)) && !AnyIn(tokens, start, open - 1, t => ScoreDiscourseWords.FirstPerson.Contains(t.Folded));
    }

    /// <summary>Someone other than the customer, also an in-law or step-relative written as one word or with hyphens.</summary>
    internal static bool IsOtherPerson(string folded)
    {
        if (People.Contains(folded))
        {
            return true;
        }

        if (folded.Contains('-', StringComparison.Ordinal) && folded.Split('-').Any(People.Contains))
        {
            return true; // "mother-in-law", "belle-mere", "beau-frere"
        }

        foreach (var prefix in RelativePrefixes)
        {
            if (folded.Length > prefix.Length + 2 && folded.StartsWith(prefix, StringComparison.Ordinal) && People.Contains(folded[prefix.Length..]))
            {
                return true; // "stepdad", "schoonzus", "bisabuela"
            }
        }

        foreach (var end in CompoundEnds)
        {
            if (end.Length >= MinimumCompoundEnd && folded.Length > end.Length + 2 && folded.EndsWith(end, StringComparison.Ordinal))
            {
                return true; // "schwiegermutter", "schoonvader"
            }
        }

        return false;
    }

    /// <summary>"she'd give you 10", "elle mettrait 9": a third person and a verb of giving before the number, in its clause.</summary>
    internal static bool IsThirdPersonGiving(IReadOnlyList<ScoreToken> tokens, int start, int first)
    {
        var giving = AnyIn(tokens, first + 1, first + 2, t => GivingVerbs.Contains(t.Folded));
        for (var i = first - 1; i >= start; i--)
        {
            var folded = tokens[i].Folded;
            if (ScoreDiscourseWords.FirstPerson.Contains(folded))
            {
                return false;
            }

            giving |= GivingVerbs.Contains(folded) || folded.EndsWith("'d", StringComparison.Ordinal);
            if (giving && ThirdPersons.Contains(folded))
            {
                return true;
            }
        }

        return false;
    }
}
