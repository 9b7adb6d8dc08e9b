using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, fourteenth round (esc14): leaving in words the older cues lacked, from batch m's misses
/// (MISS-KINDS-2026-12-03-m.md), in all six languages over folded text: "I'm out of the club", "I'm off", "taking all my
/// money out", "closing everything", "deleting it", "that's it, over", an immediate cancellation; and the insults said with
/// it (leeches, bunglers, thieves, a farce). Like every way of leaving but closing an account, <see cref="Leaves"/> counts
/// only with anger (<see cref="EscalationClassifier"/>).
/// </summary>
public static partial class EscalationLeavingInOtherWords
{
    [GeneratedRegex(@"\b(closing everything|(taking|pulling) (all )?my money (out|away)|i'?m (off|out of here)|"
        + @"resiliation immediate|je (retire|reprends) (tout|mon argent)|je me barre|"
        + @"(ich )?zieh\w* (alles|mein geld|mein depot) ab|schluss,? aus,? vorbei|"
        + @"me borro (del|de la|de)|me largo|me piro|(la|lo) (borro|desinstalo|elimino)|"
        + @"(to|tou|estou) indo embora|vou embora|(vou )?tirar (todo )?(o )?meu dinheiro|"
        + @"ik haal (al )?mijn (geld|spaargeld|centen) weg|klaar ermee|ik ben weg)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Leaves();

    /// <summary>Insults said while leaving: leeches, thieves, a farce, rubbish, "you take us for fools".</summary>
    [GeneratedRegex(@"\b(leeches|bloodsuckers|disgusting|crooks|vous vous foutez de (nous|moi)|foutage de gueule|blutsauger|sanguijuelas|rateros|ladrones|estafadores|basura|sanguessugas|palhacada|ladroes|bloedzuigers|prutsers)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Insults();
}
