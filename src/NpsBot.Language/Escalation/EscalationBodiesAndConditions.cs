using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, fourteenth round (esc14): reasons told by the name of a body, a condition or a date, from batch m's misses
/// (MISS-KINDS-2026-12-03-m.md), in all six languages over folded text: a payment disputed through PayPal or its buyer
/// protection, a fair-trading or consumer association by name (legal); a skin infection or rash after spa, thermal or pool
/// water, bedbug bites (health); poor eyesight (vulnerable); one fault reported on three dates (repeated contact).
/// </summary>
public static partial class EscalationBodiesAndConditions
{
    /// <summary>A payment disputed through PayPal or its buyer protection; a fair-trading or consumer association by name.</summary>
    [GeneratedRegex(@"\b(paypal (dispute|claim|case|konflikt|fall|litige|reclamacao|disputa|geschil)|(dispute|claim|case|konflikt|fall|litige|litigio|disputa|reclamacao|geschil) (\w+ ){0,2}(bei|via|with|on|sur|con|por|no|na|bij) paypal|"
        + @"buyer protection|kauferschutz|protection (des )?acheteurs?|proteccion (al|del) comprador|protecao ao comprador|kopersbescherming|"
        + @"(zahlung|payment|paiement|pago|pagamento|betaling) (\w+ ){0,3}(angefochten|disputed|conteste|contestad[oa]|betwist)|"
        + @"verein fur unlauteren wettbewerb|wettbewerbszentrale|abmahnung|consumers'? association|which\? magazine|ufc-? ?que choisir|clcv|asociacion de (consumidores|usuarios)|adicae|asufin|"
        + @"associacao (de defesa )?(do|dos) consumidor(es)?|idec|proteste|consumentenbond)\b", RegexOptions.NonBacktracking)]
    public static partial Regex BuyerProtectionOrAssociation();

    private const string WaterPlaces = @"(spa|thermal (baths?|springs?|pool)|swimming pool|pool|sauna|hot tub|jacuzzi|thermes|station thermale|piscine|therme|thermalbad|schwimmbad|whirlpool|"
        + @"balneario|termas|piscina|zwembad|kuuroord|thermaalbad|bubbelbad)";

    private const string SkinHarm = @"(infection|infected|rash|irritation|eruption|boutons|demangeaisons|infektion|ausschlag|entzundung|infeccion|sarpullido|erupcion|infecao|infeccao|irritacao|erupcao|alergia|infectie|uitslag|ontsteking)";

    /// <summary>A skin infection or rash after spa, thermal or pool water; bedbug bites.</summary>
    [GeneratedRegex(@"\b(" + WaterPlaces + @"\b[^.!?]{0,60}\b" + SkinHarm + @"|" + SkinHarm + @"\b[^.!?]{0,60}\b" + WaterPlaces + @"|"
        + @"infection (de (la )?peau|cutanee)|hautinfektion|infeccion (de (la )?piel|cutanea)|infecao (de|na) pele|huidinfectie|"
        + @"bed ?bugs?|punaises? de lit|bettwanze\w*|chinches|percevejos?|bedwants\w*)\b", RegexOptions.NonBacktracking)]
    public static partial Regex SpaWaterOrBedbugs();

    /// <summary>Poor eyesight told as one's own ("I can barely see", "tiny letters I can't read").</summary>
    [GeneratedRegex(@"\b((poor|bad|failing|weak) (eye)?sight|mauvaise vue|ma vue (baisse|est mauvaise)|(schlechte|schwache) augen|ich sehe (sehr |ganz )?schlecht|no veo bien|veo (muy )?mal|nao enxergo|enxergo mal|vista fraca|ik zie (erg |heel )?slecht|slechtziend\w*)\b", RegexOptions.NonBacktracking)]
    public static partial Regex PoorEyesight();

    /// <summary>One fault reported, called or written about on three dates ("on the 3rd, the 10th and the 17th").</summary>
    [GeneratedRegex(@"\b(reported|called|wrote|emailed|contacted|signale|appele|ecrit|contacte|relance|gemeldet|angerufen|geschrieben|reporte|llame|escribi|avise|reclamei|liguei|escrevi|avisei|gemeld|gebeld|gemaild)\b[^.!?]{0,40}\b"
        + @"(on the \d{1,2}(st|nd|rd|th)?,? (the )?\d{1,2}(st|nd|rd|th)? and (the )?\d{1,2}(st|nd|rd|th)?|le \d{1,2},? le \d{1,2} et le \d{1,2}|am \d{1,2}\.,? \d{1,2}\. und \d{1,2}|el (dia )?\d{1,2},? el \d{1,2} y el \d{1,2}|(no )?dia \d{1,2},? \d{1,2} e \d{1,2}|op \d{1,2},? \d{1,2} en \d{1,2})\b", RegexOptions.NonBacktracking)]
    public static partial Regex ReportedOnThreeDates();
}
