using System.Text.RegularExpressions;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Escalation;

/// <summary>
/// A looser second tier for complaints none of the reasons' cues matched (issue 12, esc12j): a broad word of harm (safety),
/// of illness (health) or of leaving (churn with anger), counted when the complaint is also angry enough: sentiment at or
/// below <see cref="SentimentAtMost"/>, or a broad anger word. The cue lists catch the wordings somebody thought of; this
/// tier is meant for the ones nobody did, and spends precision on purpose (a false alarm costs a person reading a
/// complaint, a miss leaves a hurt or angry customer to a bot). Its gate was chosen by leave-one-batch-out over the blind
/// batches (<see cref="Evaluation.EscalationLeaveOneOut"/>), never on the batch it is judged on.
/// </summary>
public static partial class EscalationSecondChance
{
    /// <summary>
    /// The sentiment gate every leave-one-batch-out fold chose (the loosest whose training batches kept precision ≥ 0.85):
    /// 1, the top of the scale, so the harm, illness and leaving words count whatever the sentiment (most complaints
    /// score 0 in the lexicon, the misses too). The gate stays a parameter so the folds can choose again.
    /// </summary>
    public const double SentimentAtMost = 1.0;

    /// <summary>The classifier's own anger threshold for leaving, kept for the leaving words of this tier.</summary>
    private const double LeavingAngerAtMost = -0.1;

    // Each run only on texts holding its literals (perf15).
    private static readonly PrefilteredRegex HarmCue = PrefilteredRegex.Of(Harm);
    private static readonly PrefilteredRegex IllnessCue = PrefilteredRegex.Of(Illness);
    private static readonly PrefilteredRegex LeavingCue = PrefilteredRegex.Of(Leaving);
    private static readonly PrefilteredRegex AngerCue = PrefilteredRegex.Of(Anger);

    /// <summary>The reason the second tier gives, or null: harm before illness before leaving.</summary>
    public static string? Reason(string folded, double sentiment, double sentimentAtMost) => Reason(CueText.Of(folded), sentiment, sentimentAtMost);

    /// <summary>As <see cref="Reason(string, double, double)"/> on a text already read for the cues' literals.</summary>
    public static string? Reason(CueText folded, double sentiment, double sentimentAtMost)
    {
        var harm = HarmCue.IsMatch(folded);
        var ill = !harm && IllnessCue.IsMatch(folded);
        var leaving = !harm && !ill && LeavingCue.IsMatch(folded);
        if (!harm && !ill && !leaving)
        {
            return null;
        }

        // Leaving needs anger here as everywhere (calm switching is no escalation, the batches' labels and the churn rule
        // agree); the gate chosen by the folds applies to harm and illness.
        var gate = leaving ? Math.Min(sentimentAtMost, LeavingAngerAtMost) : sentimentAtMost;
        if (sentiment > gate && !AngerCue.IsMatch(folded))
        {
            return null;
        }

        return harm ? EscalationReasons.Safety : ill ? EscalationReasons.Health : EscalationReasons.ChurnAnger;
    }

    /// <summary>
    /// Broad words of bodily harm and hazard, in the six languages; words that mean something ordinary in another of them
    /// are left out (Dutch "viel" is German "much", German "fallen" is also "turn out", Portuguese "caiu" is also money
    /// that arrived or a call that dropped).
    /// </summary>
    [GeneratedRegex(@"\b(hurt|injur\w*|danger\w*|unsafe|accident|wound\w*|blood|bleed\w*|burn(s|t|ed|ing)?|fire|smoke|sparks?|electric shock|fell (over|down|off|from|on the)|tripped|slipped|chok(e|ed|ing)|sharp edge|"
        + @"blesse\w*|dangere\w*|accident|brule\w*|incendie|fumee|etincelles?|tombee?s? (par terre|dans|sur)|glisse|chute|sang|saign\w*|electrocut\w*|"
        + @"verletz\w*|gefahr\w*|unfall|brand|feuer|rauch|funken|gesturzt|sturz|ausgerutscht|blut\w*|stromschlag|"
        + @"herid[oa]s?|lesion\w*|peligr\w*|accidente|quemad\w*|quemo|fuego|incendio|humo|chispas?|me cai|se cayo|resbal\w*|sangr\w*|descarga|"
        + @"ferid[oa]s?|machuc\w*|perig\w*|acidente|queimad\w*|queimou|fogo|fumaca|faiscas?|escorreg\w*|sangue|sangr\w*|choque|"
        + @"gewond|gevaar\w*|ongeluk|verbrand\w*|brand|vonken?|gevallen|uitgegleden|bloed\w*|schok)\b", RegexOptions.NonBacktracking)]
    private static partial Regex Harm();

    /// <summary>Broad words of illness and care.</summary>
    [GeneratedRegex(@"\b(sick|ill|vomit\w*|threw up|poison\w*|hospital\w*|a&e|emergency room|doctor|allerg\w*|medication|medicine|prescription|fever|"
        + @"malade|vomi\w*|intoxi\w*|hopital|urgences|medecin|allergi\w*|medicaments?|ordonnance|fievre|"
        + @"krank|erbroch\w*|vergift\w*|krankenhaus|notaufnahme|arzt|allergi\w*|medikament\w*|rezept|fieber|"
        + @"enferm[oa]s?|vomit\w*|intoxic\w*|hospital|urgencias|medico|alergi\w*|medicamentos?|receta|fiebre|"
        + @"doente|passou mal|vomit\w*|intoxic\w*|hospital|pronto[- ]socorro|medico|alergi\w*|remedios?|medicamentos?|receita|febre|"
        + @"ziek|overgeven|overgegeven|vergiftig\w*|ziekenhuis|eerste hulp|dokter|huisarts|allergi\w*|medicijn\w*|recept|koorts)\b", RegexOptions.NonBacktracking)]
    private static partial Regex Illness();

    /// <summary>
    /// Broad words of leaving. "Never again", unsubscribing from mails, cancelling an order and switching are left out: the
    /// batches label them as no escalation on their own (the fifth round's note in the README), and switching already
    /// counts with anger through the churn cues.
    /// </summary>
    [GeneratedRegex(@"\b(cancel(l?ing|l?ed)? (my|our) (\w+ )?(account|contract|subscription|plan|membership|policy)|cancel(l?ing)? (it all|everything)|quit(ting)?|leaving|goodbye|bye|done with|delet(e|ed|ing) (my|the)|"
        + @"resili\w*|annul\w*|je (vous )?quitte|adieu|supprim\w*|"
        + @"kundig\w*|gekundigt|tschuss|losch\w*|"
        + @"cancel\w* (mi|el|la|todo)|de baja|me voy|adios|borr(o|e|ar)|elimin\w*|"
        + @"cancel\w* (o|a|meu|minha|tudo)|vou sair|saindo|adeus|apag(o|uei|ar)|"
        + @"opzeg\w*|opgezegd|ik stop|doei|verwijder\w*)\b", RegexOptions.NonBacktracking)]
    private static partial Regex Leaving();

    /// <summary>Broad words of anger and scorn, for complaints the lexicon scores as neutral.</summary>
    [GeneratedRegex(@"\b(scandal\w*|disgrac\w*|outrag\w*|furious|livid|ridiculous|unacceptable|shameful|appalling|disgusting|"
        + @"scandale\w*|honte\w*|inadmissible|inacceptable|ridicule|degoutant|furieu\w*|"
        + @"skandal\w*|schande|unverschamt\w*|frechheit|unmoglich|inakzeptabel|wutend|"
        + @"escandal\w*|vergonz\w*|verguenza|inaceptable|ridicul\w*|indignad\w*|furios[oa]|"
        + @"escandal\w*|vergonh\w*|inaceitavel|ridicul\w*|revoltad\w*|absurdo|"
        + @"schandalig|schande|belachelijk|onacceptabel|woedend|bespottelijk)\b", RegexOptions.NonBacktracking)]
    private static partial Regex Anger();
}
