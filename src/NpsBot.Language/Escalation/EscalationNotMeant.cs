using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, twelfth round (esc12k): words of a reason that, in their wording, do not mean it, blanked out of the folded
/// text before any cue is matched (batch k's false alarms, MISS-KINDS-2026-12-02-k.md): a legal route named only to say it
/// will not be taken ("I won't take you to court, just refund it"); the hospital named only as a place (its parking, its
/// cafeteria); the staff of a surgery or a pharmacy named only as who was rude; "another insurer" (switching, not a claim).
/// Only the phrase is blanked, so another cue in the same complaint still counts ("not suing, but the gate crushed my
/// hand"). The negations are followed only by the words that lead to the route ("going to take you to"), never by any
/// word, so "not happy and will see you in court" keeps its court.
/// </summary>
public static partial class EscalationNotMeant
{
    // Per language: the negation, the words that lead from it to the route ("going to take you to"), the route.
    private const string English = @"(not|never|won'?t|wont|no intention of|no need to|don'?t (want|need|plan) to|no plans to) ((going|gonna|to|take|taking|you|this|it|be|bother|bothering|with|a|an|the|get|getting|go|over|for|just|really|even|honestly|seriously|hire|file|drag|report|threaten) ){0,5}"
        + @"(sue|suing|court|lawyers?|solicitors?|legal action|trading standards|ombudsman|small claims|chargeback|report (you|this|it|them))";

    private const string French = @"(pas|jamais|aucune) ((vais|veux|compte|porter|porterai|aller|irai|saisir|saisirai|prendre|faire|ferai|besoin|envie|intention|de|un|une|le|la|les|au|aux|en|vous|devant|chez|pour|ca|cela|vraiment|meme|alerter|prevenir|ecrire|contacter|appeler|si|peu) |d'|l'){0,5}"
        + @"(plainte|avocats?|proces|tribunal|justice|poursuivre|poursuites|dgccrf|mediateur|que choisir|huissier|opposition|60 millions|association de consommateurs|signal ?conso)";

    private const string German = @"(nicht|kein|keine|keinen|nie) ((zum|zur|vor|mit|der|dem|den|die|das|ein|einen|gleich|jetzt|mal|deswegen|deshalb|dafur|wegen|euch|zu|gehen|gehe|will|werde|brauche|ich|wirklich) ){0,5}"
        + @"(anwalt|klage|klagen|verklagen|gericht|verbraucherzentrale|schlichtungsstelle|ruckbuchung)|"
        + @"spar\w* mir (den|die|das) (anwalt|klage|gericht|verbraucherzentrale|schlichtung\w*)|"
        + @"(anwalt|gericht|klage|verbraucherzentrale|schlichtungsstelle)\w* (\w+ ){0,2}(droh\w*|geh\w*|zieh\w*|schalte\w*|brauch\w*|renn\w*) (\w+ ){0,3}(nicht|nie)";

    private const string Spanish = @"(no|nunca|ni) ((pienso|voy|vamos|quiero|necesito|tengo|intencion|de|ir|al|a|los|os|les|lo|la|el|por|esto|eso|poner|meter|llamar|acudir|con|ningun|ninguna|siquiera|un|una|reclamar|quejarme|en|ante) ){0,5}"
        + @"(consumo|abogad[oa]s?|demandar\w*|denunciar\w*|tribunal(es)?|juzgado|omic|facua|ocu|profeco|hoja de reclamaciones)";

    private const string Portuguese = @"(nao|nunca|nem) ((vou|quero|pretendo|preciso|irei|vamos|ir|ao|a|o|os|as|no|na|para|pro|pra|por|isso|isto|levar|abrir|entrar|com|um|uma|vos|acionar|recorrer|nenhum|mesmo|de|ninguem|em|reclamar|chamar|contratar|arranjar|meter|causa|disso) ){0,5}"
        + @"(procon|advogad[oa]s?|processar|processo|justica|juizado|tribuna(l|is)|reclame aqui|deco|livro de reclamacoes|pequenas causas)";

    private const string Dutch = @"(niet|nooit|geen) ((naar|de|het|een|jullie|je|voor|meteen|dit|dat|hiervoor|daarvoor|stappen|gaan|ga|met|dreigen|inschakelen|nemen|zal|wil|hoef|te|heus|echt|zelfs) ){0,5}"
        + @"(rechter|advocaat|rechtszaak|aanklagen|geschillencommissie|consumentenbond|aangifte|juridische stappen)|"
        + @"(rechter|advocaat|geschillencommissie) (ga|stap|wil|zal|hoef) (ik|we) (\w+ )?(niet|nooit)";

    /// <summary>
    /// A negation followed, through the words that lead to it, by a legal route, one alternation per language (together
    /// they would be too large an automaton for the non-backtracking engine); German's and Dutch's "a lawyer I will not".
    /// </summary>
    private static readonly PrefilteredRegex[] DeclinedRoutes = [.. ((string[])[English, French, German, Spanish, Portuguese, Dutch])
        .Select(language => PrefilteredRegex.Of(@"\b(" + language + @")\b", RegexOptions.NonBacktracking))];

    /// <summary>Every blanking in its order: the declined routes, the places, the dropped routes, the waived requests (esc14).</summary>
    private static readonly PrefilteredRegex[] Blankings = [.. DeclinedRoutes, PrefilteredRegex.Of(PlaceNotReason), PrefilteredRegex.Of(DroppedOrFigurative),
        .. EscalationWaivedOrHarmless.Blankings.Select(PrefilteredRegex.Of)];

    /// <summary>The hospital as a place (parking, cafeteria, shop), surgery or pharmacy staff named only as who, and "another insurer".</summary>
    [GeneratedRegex(@"\b((hospital|clinic) (car ?park|parking|cafe|cafeteria|canteen|shop|food|coffee|vending machines?)|(car ?park|parking|cafe|cafeteria|canteen|shop|food|coffee) (at|in|of) the (hospital|clinic)|"
        + @"(parking|aparcamiento|estacionamiento|cafeteria|comedor|tienda|comida|cafe|maquinas? expendedoras?) del (hospital|ambulatorio|centro de salud)|"
        + @"(parking|cafeteria|cafet|cantine|boutique|distributeurs?|cafe) de l'(hopital|clinique)|"
        + @"(parkplatz\w*|parkhaus|parken|parkgebuhren|cafeteria|kantine|kiosk|cafe|essen) (am|im|beim|vom|des) (krankenhaus\w*|klinikum|spital\w*)|"
        + @"(estacionamento|parque de estacionamento|cantina|lanchonete|cafeteria|cafe|comida|bar|loja) do (hospital|posto de saude|centro de saude)|"
        + @"(parkeren|parkeerplaats|parkeergarage|parkeerkosten|kantine|restaurant|cafetaria|winkel|koffie|automaat) (bij|van|in) het ziekenhuis|"
        + @"(receptionist|secretary|assistant|staff|girl|woman|guy|man|lady|cashier)s? (at|in|of) (the |my |our )?(gp|doctor'?s|doctors|surgery|pharmacy|chemist'?s?|practice|dentist'?s?)( surgery| practice)?|(gp|doctor'?s|pharmacy|chemist|surgery) (receptionist|assistant|secretary|staff|cashier)s?|"
        + @"(la|le) (secretaire|receptionniste|vendeu(r|se)|fille|dame|employee?|caissiere|caissier) (de la|du|chez le|a la) (pharmacie|cabinet|medecin|centre de sante|dentiste)|"
        + @"(sprechstundenhilfe|arzthelferin|empfangsdame|dame|frau|mitarbeiter\w*|verkauferin|angestellte) (in|an|bei|aus) der (apotheke|arztpraxis|praxis|hausarztpraxis)|"
        + @"(la|el) (chica|chico|senora|senor|recepcionista|dependient[ae]|emplead[oa]|secretaria|cajer[oa]) de (la )?(farmacia|consulta|centro de salud|ambulatorio)|"
        + @"(a|o) (moca|menina|rapaz|recepcionista|atendente|secretaria|funcionari[oa]|balconista) d[ao] (farmacia|consultorio|posto de saude|centro de saude)|"
        + @"(doktersassistente|assistente|baliemedewerk\w*|receptionist\w*|medewerk\w*|meisje|mevrouw) (van|bij|in|achter) de (huisarts|apotheek|tandarts|huisartsenpraktijk|balie)|"
        + @"(another|a different|a new|a cheaper|other) insurer)\b", RegexOptions.NonBacktracking)]
    private static partial Regex PlaceNotReason();

    // Issue 12, thirteenth round (esc12l): a route thought of and dropped ("was going to ... but"), in any of the six languages.
    private const string ThoughtOf = @"(was going to|i'd (planned|thought) to|thought (of|about)|nearly|almost|considered|threatened|j'allais|j'ai (pense a|failli|menace|envisage)|j'etais sur le point de|"
        + @"ich wollte|hatte (schon )?(uberlegt|vor)|fast|beinahe|drohte|estuve a punto de|pense en|iba a|casi|amenace con|pensei em|ia|quase|estive para|ameacei|ik (wilde|dreigde|overwoog)|bijna)";

    private const string RouteWords = @"(ombudsman|court|lawyer|solicitor|sue|trading standards|small claims|report|procon|reclame aqui|tribunal|advogad|processar|justica|livro de reclamacoes|hoja de reclamaciones|"
        + @"abogad|demand|denunci|consumo|omic|profeco|plainte|avocat|mediateur|dgccrf|anwalt|klage|gericht|verbraucherzentrale|advocaat|rechter|geschillencommissie|aangifte|juridische)";

    /// <summary>
    /// A legal route thought of and dropped, up to its "but" ("was going to go to the ombudsman but it got sorted"); "heart
    /// attack" said of a price seen; the app or online booking of a pharmacy or a doctor named only as the thing that failed.
    /// </summary>
    [GeneratedRegex(@"\b(" + ThoughtOf + @"\b[^.!?]{0,50}\b" + RouteWords + @"\w*\b[^.!?]{0,40}\b(but|mais|aber|doch|pero|mas|maar)|"
        + @"heart attack (when i saw|seeing|at the (price|bill))|crise cardiaque en voyant|herzinfarkt (beim anblick|als ich)|(infarto|ataque al corazon) al ver|(infarto|enfarte|ataque cardiaco) (ao ver|quando vi)|hartaanval (toen ik|bij het zien)|"
        + @"(app|website|site|portal|online booking) (of|for) (the|my) (pharmacy|chemist|doctor|gp|surgery|clinic)|(pharmacy|chemist|gp|surgery) (app|website)|(appli|application|site|reservation|prise de rendez-vous) (en ligne )?(de la|du|chez le) (pharmacie|medecin|cabinet)|"
        + @"(app|website|online-terminbuchung) (der|von der|meiner) (apotheke|arztpraxis|praxis)|apotheken-?app|e-rezept-scan|(app|web|pagina) de (la )?(farmacia|clinica|consulta)|(app|site|aplicativo) d[ao] (farmacia|clinica|consultorio)|"
        + @"(app|website) van (de|het|mijn) (apotheek|huisarts|ziekenhuis))\b", RegexOptions.NonBacktracking)]
    private static partial Regex DroppedOrFigurative();

    /// <summary>The folded text with the phrases that do not mean a reason blanked; the same string when there are none.</summary>
    public static string Blank(string folded) => Blank(CueText.Of(folded)).Text;

    /// <summary>As <see cref="Blank(string)"/>, the text read again only when a phrase was blanked.</summary>
    public static CueText Blank(CueText folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var blanked = folded;
        foreach (var declined in Blankings)
        {
            var replaced = declined.Replace(blanked, " ");
            blanked = string.Equals(replaced, blanked.Text, StringComparison.Ordinal) ? blanked : CueText.Of(replaced);
        }

        return blanked;
    }
}
