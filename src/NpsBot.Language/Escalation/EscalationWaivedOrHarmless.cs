using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, fourteenth round (esc14): more phrases whose reason word does not mean the reason, blanked before any cue
/// like <see cref="EscalationNotMeant"/>'s, from batch m's false alarms (MISS-KINDS-2026-12-03-m.md), in all six languages
/// over folded text: a request for a person declined ("I'm not asking to speak to the manager", "a superior I don't
/// demand"); a pharmacy or medicine named as a place, a price, an invoice or an order; a doctor's out-of-hours post as a
/// place; Brazil's tax office ("Receita"); a website that "threw me out" while submitting; food that was burnt; "nobody ill"; a French "appel de charges" counted.
/// Only the phrase is blanked, so another cue in the same complaint still counts.
/// </summary>
public static partial class EscalationWaivedOrHarmless
{
    private const string Speak = @"(speak|talk|parler|sprechen|hablar|falar|spreken)";

    private const string Persons = @"(manager|supervisor|boss|superior|someone in charge|chef|responsable|superieur|directeur|gerant|vorgesetzte\w*|chef|chefin|filialleit\w*|"
        + @"gerente|encargado|jefe|supervisor|responsavel|superior|chefe|encarregad[oa]|leidinggevende|manager|baas|chef)";

    /// <summary>A request for a person declined: a negation, then up to five words to "speak to", then the person; or the person first, then "I don't demand".</summary>
    [GeneratedRegex(@"\b((not|won'?t|don'?t|never|pas|jamais|nicht|kein\w*|no|nunca|nao|niet|geen) ((going|gonna|to|ask|asking|for|i|vais|veux|demander|demande|a|au|la|le|will|ich|werde|voy|pido|pedir|a|con|vou|peco|pedir|pra|para|com|o|ga|vraag|vragen|te|om|met|de|een|een|ask) ){0,5}" + Speak + @"( (to|with|the|a|your|au|la|le|un|une|mit|dem|der|einem|einer|con|el|una|com|o|um|uma|met|de|een)){0,3} " + Persons + @"|"
        + @"(einen|den|ihren|a|un|um|een) " + Persons + @" (verlang\w*|fordere|will|exijo|pido|exijo|peco|exijo|eis|vraag|demand) (ich |yo |eu |ik )?(nicht|no|nao|niet|not))\b", RegexOptions.NonBacktracking)]
    private static partial Regex DeclinedPerson();

    private const string Pharmacy = @"(pharmacy|chemist'?s?|pharmacie|apotheke|farmacia|apotheek)";

    /// <summary>A pharmacy as a place, an invoice, an order or opening hours; a medicine's price; an out-of-hours doctor's post; Brazil's tax office; a site that threw one out while submitting; burnt food; nobody ill; French calls for charges.</summary>
    [GeneratedRegex(@"\b(" + Pharmacy + @" (de guardia|de garde|de plantao|de enfrente|d'en face|de al lado|gegenuber|nebenan|across the (street|road)|next door|tegenover|om de hoek|da esquina|de la esquina)|"
        + @"(invoice|receipt|order|opening hours|facture|commande|horaires|rechnung|bestellung|offnungszeiten|factura|pedido|horario|fatura|encomenda|bestelling|openingstijden) (of |from |at |de |du |de la |der |van de |da |do |of the |from the )?" + Pharmacy + @"|"
        + @"(medicine|medication|drug|medicament|medikament|medicamento|remedio|medicijn)\w* (\w+ ){0,3}(cheaper|more expensive|moins cher|plus cher|billiger|teurer|mas barato|mas caro|mais barato|mais caro|goedkoper|duurder)|"
        + @"huisartsenpost\w*|(presa|preso|parad[oa]|retid[oa]|barrad[oa]|taxad[oa]) (na|pela) receita|receita federal|"
        + @"(pastel|pao|bolo|pizza|toast|bread|cake|pie|gateau|tarte|pain|kuchen|brot|brotchen|tarta|pan|bizcocho|brood|taart|croissant|frango|chicken|poulet|hahnchen|pollo|kip|arroz|rice|riz|reis|carne|meat|steak|viande|fleisch|vlees|broodje|tosti|torrada|tostada|fries|frites|pommes|patatas|batatas)\b[^.!?]{0,30}\b(queimad[oa]s?|burnt|burned|brule\w*|verbrannt|angebrannt|quemad[oa]s?|aangebrand|verbrand)|"
        + @"(personne|nobody|no one|niemand|nadie|ninguem) (\w+ ){0,2}(malade|ill|sick|krank|enferm[oa]|doente|ziek)|"
        + @"(kicked|threw) me out (\w+ )?(while|when) (submitting|logging in|paying|saving)|m'a (ejecte|deconnecte|jete dehors) (\w+ )?(en|au moment d|pendant)|(rausgeworfen|rausgeschmissen|rausgeflogen) beim (abschicken|einloggen|speichern|hochladen|bezahlen)|"
        + @"me (echo|saco|expulso) (\w+ )?(al|mientras) (enviar|pagar|guardar|entrar)|me (expulsou|derrubou|jogou para fora) (\w+ )?(ao|quando) (enviar|pagar|salvar|entrar)|gooide me (\w+ )?eruit (bij|tijdens) het (versturen|inloggen|betalen|opslaan)|"
        + @"appele (\w+ ){0,2}fois (les|des|mes) (charges|fonds|cotisations|loyers?)|appels? de (fonds|charges))\b", RegexOptions.NonBacktracking)]
    private static partial Regex HealthPlacesAndHarmless();

    /// <summary>These blankings, in the order they run after <see cref="EscalationNotMeant"/>'s.</summary>
    public static IEnumerable<Func<Regex>> Blankings => [DeclinedPerson, HealthPlacesAndHarmless];
}
