using System.Collections.Frozen;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// A number that is an amount of money, said with a verb of paying or costing or as a sum added on, in the six languages
/// (issue 12, tenth round): "kost een tientje", "cost me 10", "cobraron 20", "een vijfje extra betaald", "dix balles de
/// plus", "'nen Zehner extra". Prices written with a currency are read as prices before this; here the money is in the verb.
/// </summary>
internal static class ScoreMoney
{
    private const int VerbReach = 3;

    /// <summary>Verbs of paying and costing, and their participles, whose object is the sum ("kostet 10", "paguei 5").</summary>
    private static readonly FrozenSet<string> MoneyVerbs = WordSet(
        "cost costs costed costing charge charged charges charging pay paid pays paying "
        + "coute coutait coutent paye payer payons facture factures "
        + "kostet kosten kostete gekostet zahle zahlen zahlt zahlte gezahlt bezahlt bezahle berechnet "
        + "cuesta cuestan costo costaba pague pagar pagamos pagaste cobraron cobran cobra cobro "
        + "custa custam custou custava paguei pagamos cobraram cobram cobrou "
        + "kost kosten kostte gekost betaal betaald betalen betaalde rekenden");

    /// <summary>Participles of paying that follow the sum ("10 gezahlt", "een tientje betaald").</summary>
    private static readonly FrozenSet<string> PaidAfter = WordSet("paid gezahlt bezahlt betaald gekost gekostet payes paye pagos");

    /// <summary>Words and pairs after a number that add it on as a sum ("a tenner extra", "dix balles de plus", "20 pavos de más").</summary>
    private static readonly FrozenSet<string> AddedOn = WordSet("extra extras de_plus en_plus de_mas a_mas a_mais de_mais te_veel");

    /// <summary>Small words between a verb of paying and the sum ("cost me a tenner", "kost een tientje", "m'a coûté 10").</summary>
    private static readonly FrozenSet<string> Between = WordSet("me us him her them a an the nos mij ons mich mir uns un une una um uma een ein eine einen nen 'nen ne me m'");

    internal static bool IsMoney(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        for (var i = first - 1; i >= 0 && i >= first - VerbReach && tokens[i].Kind == ScoreTokenKind.Word; i--)
        {
            if (MoneyVerbs.Contains(tokens[i].Folded))
            {
                return true;
            }

            if (!Between.Contains(tokens[i].Folded))
            {
                break;
            }
        }

        var next = last + 1 < tokens.Count ? tokens[last + 1] : null;
        return next is { Kind: ScoreTokenKind.Word }
            && (AddedOn.Contains(next.Folded) || HasPairAt(tokens, last + 1, AddedOn) || PaidAfter.Contains(next.Folded));
    }
}
