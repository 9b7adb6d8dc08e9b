using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, tenth round (esc12j): leaving told as already done, from the kinds of batch i's misses
/// (tests/…/Escalation/MISS-KINDS-2026-12-02-i.md), in all six languages over folded text: a contract, plan or account just
/// cancelled or deleted, "you will never see me again", a goodbye; and the scorn that comes with it ("outrageous",
/// "losers", "clowns"). The earlier cues said leaving in the present or future only. Like every way of leaving but closing
/// an account, <see cref="Done"/> counts only with anger (<see cref="EscalationClassifier"/>).
/// </summary>
public static partial class EscalationLeavingDone
{
    [GeneratedRegex(@"\b((just |already |have |i'?ve )?(cancell?ed|terminated|closed|deleted) (my|the|our) (\w+ )?(contract|subscription|plan|account|membership|policy)|(contract|subscription|plan|account|membership) (\w+ )?(cancell?ed|terminated|closed|deleted)|(i'?m |im )?deleting (my|the) (\w+ )?(account|app|profile)|(you'?ll|you will|you won'?t) never see (me|us) again|never see (me|us) again|"
        + @"(j'ai |je viens de )?(resilie|supprime|ferme|cloture) (mon|ma|mes|le|la) (\w+ )?(contrat|abonnement|forfait|compte|carte)|(contrat|abonnement|forfait|compte) (\w+ )?(resilie|supprime|ferme|cloture)e?s?|je supprime (mon|ma|mes) \w+|vous ne me (reverrez|verrez) plus|adieu|"
        + @"(vertrag|abo|abonnement|konto|account|mitgliedschaft|tarif) (\w+ ){0,2}(gekundigt|geloscht|aufgelost|storniert)|(hab|habe) (\w+ ){0,3}(gekundigt|geloscht)|(ihr )?seht mich nie wieder|nie wieder (seht|sehen) (ihr|sie) mich|"
        + @"(me di|nos dimos|me he dado|ya me di) de baja|(borro|borre|he borrado|elimino|elimine) (la|mi) (\w+ )?(cuenta|app|perfil|tarjeta)|(cancele|he cancelado|anule) (el|mi|la) (\w+ )?(contrato|plan|suscripcion|cuenta|abono)|no (me )?(vuelvo|vuelven a ver|veran mas)\b[^.!?]{0,10}\b(jamas|nunca|mas)|no vuelvo jamas|nunca mas me (ven|veran)|"
        + @"(cancelei|encerrei|apaguei|exclui) (o|a|meu|minha) (\w+ )?(contrato|plano|conta|assinatura|cartao)|(contrato|plano|conta|assinatura) (\w+ )?(cancelad|encerrad|apagad|excluid)[oa]|nunca mais (me )?(veem|vao me ver|verao)|nunca mais volto|"
        + @"(net |pas |heb |zojuist )?(opgezegd|opgeheven)|(account|abonnement|contract) (\w+ )?(verwijderd|opgezegd|beeindigd)|(jullie )?zien me nooit meer|klaar met jullie)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Done();

    /// <summary>The scorn that comes with leaving in this round's misses: "outrageous", "losers", "clowns", a masked swear word.</summary>
    [GeneratedRegex(@"\b(outrageous|losers?|clowns|useless lot|pathetic|versager|frechheit|unverschamt\w*|drecks\w*|payasos|inutiles|vergonzoso|belachelijk|schandalig|prutsers|sukkels|incompetentes|vergonhoso|ridicul\w*|lamentable|nuls|bande de)\b|\b[mfs]\*{2,}", RegexOptions.NonBacktracking)]
    public static partial Regex Scorn();
}
