using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, thirteenth round (esc12l): the frequent kinds of batch l's misses (MISS-KINDS-2026-12-02-l.md), in all six
/// languages over folded text: a person asked for by a role the cues lacked (a case handler, a dispatcher, a team leader,
/// someone from accounts) in person, on the line or to call back; a name-call quoted, racist remarks, "told me to f*** off";
/// promises counted; dyslexia, hearing loss, an anxiety disorder; bills in the name of a spouse or parent who died; illness
/// after a product (an infection from it, ill though intolerant), contamination that made people ill; regulators and
/// conciliation bodies by name; "it's theft", "crooks", bad-mouthing everywhere as marks of anger. General wording, never
/// one line's.
/// </summary>
public static partial class EscalationAskedAndNamed
{
    private const string Roles = @"(case (handler|worker|officer|manager)|caseworker|claims handler|dispatcher|team (leader|lead|manager)|shift (leader|manager)|someone (from|in) (accounts|billing|finance)|"
        + @"gestionnaire (de|du) (mon )?dossier|chargee? de (mon )?dossier|chef d'equipe|responsable (d'equipe|de la facturation)|quelqu'un (de la|du service) (comptabilite|facturation)|"
        + @"sachbearbeiter\w*|disponent\w*|teamleiter\w*|schichtleiter\w*|jemand(en)? (aus|von) der (buchhaltung|abrechnung|finanzabteilung)|"
        + @"gestor (de|del) (mi )?(caso|expediente)|tramitador\w*|jefe de (equipo|turno)|alguien de (contabilidad|facturacion|administracion)|"
        + @"gestor do (meu )?(processo|caso)|chefe de (equipa|equipe|turno)|alguem (da|do) (contabilidade|faturacao|financeiro)|"
        + @"teamleider|teamleidster|dossierbehandelaar|iemand van (de )?(financiele administratie|boekhouding|debiteurenadministratie|facturatie))";

    // Fourteenth round (esc14): heads of a school, a shop or a branch, a collections department, someone from customer
    // service; a second alternation, as one with both lists was over the non-backtracking engine's automaton limit.
    private const string MoreRoles = @"(head ?teacher|headmaster|store manager|branch manager|someone from (your |the )?customer (service|care)|direction de l'ecole|directeur (du magasin|de l'agence)|quelqu'un du service client|"
        + @"schulleitung|schulleiter\w*|rektor\w*|geschaftsleitung|filialleitung|jemand(en)? (vom|aus dem) kundenservice|director del colegio|jefe de tienda|alguien de atencion al cliente|"
        + @"direcao da escola|gerente da loja|(pessoa|alguem) do (setor|departamento) de (cobranca|faturacao|faturamento|financeiro)|bedrijfsleider|filiaalmanager|afdelingshoofd|schoolleiding|iemand (van|bij) (de )?klantenservice)";

    private const string Asking = @"(want|would like|i'd like|need|demand|asking for|ask for|put me through to|veux|voudrais|exige|souhaite|will|mochte|verlange|brauche|"
        + @"quiero|exijo|necesito|quero|peco|preciso|wil|eis|bitte um|geben sie mir|afspraak met|gebeld worden door)";

    private const string InPersonOrCallback = @"(in person|on the (phone|line)|call(s)? me back|ring(s)? me back|en personne|au telephone|me rappelle|personlich|am telefon|zuruckruft|zuruckrufen|sprechen|"
        + @"en persona|al telefono|me (llame|devuelva la llamada)|pessoalmente|ao telefone|me (ligue|retorne)|persoonlijk|aan de (lijn|telefoon)|terugbelt|terugbellen|spreken|ans telefon|an den apparat|me ligando|me ligar)";

    /// <summary>A person asked for by a role the older cues lacked, or that role wanted in person, on the line or to call back.</summary>
    [GeneratedRegex(@"\b(" + Asking + @"\b[^.!?]{0,40}\b" + Roles + @"|" + Roles + @"\b[^.!?]{0,40}\b" + InPersonOrCallback + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex RoleAskedFor();

    /// <summary>As <see cref="RoleAskedFor"/>, for the roles of the fourteenth round.</summary>
    [GeneratedRegex(@"\b(" + Asking + @"\b[^.!?]{0,40}\b" + MoreRoles + @"|" + MoreRoles + @"\b[^.!?]{0,40}\b" + InPersonOrCallback + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex MoreRolesAskedFor();

    /// <summary>A name-call quoted after "called me", racist remarks or a slur reported, "told me to f*** off".</summary>
    [GeneratedRegex(@"((called (me|us|my \w+)|m'a (traitee? de|appelee?)|nannte (mich|uns|meine? \w+)|hat (mich|uns) (als )?|me (llamo|dijo|grito)|nos llamo|chamou-me|me chamou|chamou (a|o) (minha|meu) \w+|noemde (me|mij|ons|mijn \w+)|schold (me|mij|ons) uit (voor|als)) ?:? ?(een |a |an |une? |de )?[""“«„][^""”»“]{2,25}[""”»“]|"
        + @"\b(racial slur|racist (remarks|comments|abuse|names)|remarques racistes|propos racistes|insultes? racistes?|rassistische (bemerkung|beleidigung|spruche|kommentare)\w*|comentarios racistas|insultos? racistas?|comentarios racistas|injuria racial|ofensas? racistas?|racistische (opmerking|opmerkingen|scheldwoorden|scheldwoord))\b|"
        + @"\b(told (me|us) to (f\*+k?|fuck|eff|piss) off|m'a dit d'aller (me|nous) faire foutre|(sagte|meinte),? ich (soll|solle) mich verpissen|me mando a la mierda|me mandou (a merda|pro inferno|tomar no)|mandou-me (a merda|para o caralho)|zei dat ik (kon )?(oprotten|opflikkeren|optiefen)))", RegexOptions.NonBacktracking)]
    public static partial Regex NameCalledOrSworeAt();

    /// <summary>Promises counted ("already 3 promises", "promised three times"), a promise to call made three times.</summary>
    [GeneratedRegex(@"\b((\d|two|three|four|five|several) (broken )?promises|(promised|swore|agreed) (\w+ ){0,2}(\d|three|four|five) times|"
        + @"(\d|deux|trois|quatre|cinq|plusieurs) promesses|(promis|jure) (\w+ ){0,2}(\d|trois|quatre|cinq) fois|"
        + @"(zwei|drei|vier|funf|\d)( ?mal|x) (\w+ ){0,3}(zugesagt|versprochen|zugesichert)|(\d|zwei|drei|vier|funf) (versprechen|zusagen)|"
        + @"(\d|dos|tres|cuatro|cinco|varias) promesas|(quedo|quedaron) (\w+ ){0,2}(\d|dos|tres|cuatro|cinco) veces en|(prometio|prometieron) (\w+ ){0,2}(\d|dos|tres|cuatro|cinco) veces|"
        + @"(\d|duas|tres|quatro|cinco|varias) promessas|(prometeu|prometeram|jurou|juraram) (\w+ ){0,2}(\d|duas|tres|quatro|cinco) vezes|"
        + @"(\d|twee|drie|vier|vijf) (beloftes|beloften|toezeggingen)|(twee|drie|vier|vijf|\d) keer (\w+ ){0,2}(beloofd|toegezegd)|(al )?(\d|drie|vier|vijf) keer via (de |het )?(chat|mail|app|telefoon|contactformulier))\b", RegexOptions.NonBacktracking)]
    public static partial Regex PromisesCounted();

    /// <summary>Dyslexia, hearing loss, an anxiety or panic disorder named as one's own or someone's.</summary>
    [GeneratedRegex(@"\b(dyslexi\w*|dyslectisch|dyslexie|legasthen\w*|dislexi\w*|hard of hearing|hearing (loss|impaired)|partially deaf|(anxiety|panic) disorder|"
        + @"malentendant\w*|perte auditive|troubles? (anxieux|panique)|schwerhorig\w*|horgeschadigt\w*|horbehindert\w*|(angst|panik)storung\w*|"
        + @"hipoacusia|perdida (auditiva|de audicion)|trastorno de (ansiedad|panico)|perda (auditiva|de audicao)|deficiencia auditiva|(transtorno|perturbacao) de (ansiedade|panico)|sindrome do panico|"
        + @"slechthorend\w*|gehoorverlies|(angst|paniek)stoornis)\b", RegexOptions.NonBacktracking)]
    public static partial Regex ConditionNamed();

    /// <summary>A spouse or parent who died, as the reason bills or letters still come in their name.</summary>
    [GeneratedRegex(@"\b(my (late )?(wife|husband|partner|mother|father|mum|mom|dad) (passed|died|has died|passed away)|my late (wife|husband|partner|mother|father|mum|mom|dad)|"
        + @"(ma femme|mon mari|mon epou(x|se)|ma mere|mon pere) (est )?(decede|morte?|partie?)|feue? (ma|mon)|(mon|ma) (defunte?|regrette) (mari|femme|epou(x|se)|mere|pere)|"
        + @"(meine frau|mein mann|meine mutter|mein vater) ist (\w+ )?(gestorben|verstorben)|(meine[mnrs]? )?verstorbenen? (frau|mann|ehemann|ehefrau|mutter|vater)|"
        + @"(mi esposa|mi esposo|mi marido|mi mujer|mi madre|mi padre) (fallecio|murio|ha fallecido|ha muerto)|(mi )?(difunt|fallecid)[oa] (esposo|esposa|marido|mujer|madre|padre)|"
        + @"(minha esposa|minha mulher|meu marido|minha mae|meu pai) (faleceu|morreu)|(falecid)[oa] (marido|esposa|mulher|mae|pai)|"
        + @"(mijn vrouw|mijn man|mijn moeder|mijn vader) is (\w+ )?(overleden|gestorven)|(overleden|wijlen) (vrouw|man|moeder|vader|echtgeno\w*))\b", RegexOptions.NonBacktracking)]
    public static partial Regex Bereaved();

    private const string Ill = @"(ill|sick|unwell|poorly|vomit\w*|diarrh\w*|malade|mal au ventre|vomi\w*|krank|ubel|erbroch\w*|durchfall|enferm\w*|vomit\w*|diarrea|passei (muito )?mal|passou (muito )?mal|doente|diarreia|ziek|misselijk|overgeven|diarree)";

    /// <summary>An infection caused by a product, illness though intolerant to what it was labelled free of, contamination that made people ill, pneumonia.</summary>
    [GeneratedRegex(@"\b((eye|skin|ear) infection|infection (in|of) (my|the|his|her) (eye|skin|ear)|(gave|caused) (me|him|her|us) (an? )?(\w+ )?infection|infection (de l'oeil|oculaire)|(m'a|lui a|ont) (donne|cause|provoque) une infection|"
        + @"(augen|haut|ohr|bindehaut)(infektion|entzundung)|(infeccion|infecao|infeccao) (ocular|en el ojo|no olho|na pele|en la piel)|(causaron|provocaron|causo|provoco|causou|causaram|provocou) (\w+ ){0,2}(infeccion|infecao|infeccao)|oog(infectie|ontsteking)|"
        + @"(intoleran\w*|unvertraglich\w*|coeliac|celiac|c(o)?eliaque|zoliakie|celiac[oa]|coeliakie)\b[^.!?]{0,60}\b" + Ill + @"|" + Ill + @"\b[^.!?]{0,60}\b(intoleran\w*|unvertraglich\w*|coeliac|celiac|zoliakie|celiac[oa]|coeliakie)|"
        + @"(contaminat\w*|contamin\w*|verseucht\w*|verunreinigt\w*|besmet\w*)\b[^.!?]{0,60}\b" + Ill + @"|"
        + @"pneumonia|pneumonie|lungenentzundung|neumonia|longontsteking)\b", RegexOptions.NonBacktracking)]
    public static partial Regex IllFromProduct();

    /// <summary>A regulator or conciliation body by name, a tenants' association taking the case.</summary>
    [GeneratedRegex(@"\b(condusef|commission (departementale )?de conciliation|conciliateur de justice|mieterverein|mieterschutzbund|schlichtung\w*|junta arbitral|arbitraje de consumo|julgado de paz|centro de arbitragem|huurcommissie|huurteam|tenancy tribunal|rent tribunal|housing ombudsman)\b", RegexOptions.NonBacktracking)]
    public static partial Regex RegulatorsNamed();

    /// <summary>Anger told as an accusation or a curse: "it's theft", "crooks", swearing, bad-mouthing them everywhere.</summary>
    [GeneratedRegex(@"\b((pure|daylight) (theft|robbery)|(it'?s|this is) (theft|robbery)|you'?re (crooks|thieves)|c'est du vol|du vol pur|(des|bande de) (voleurs|escrocs)|(das ist|reine) (diebstahl|abzocke)|abzocker|betruger|halsabschneider|"
        + @"(es un|esto es un) robo|(unos|son unos) (ladrones|sinverguenzas|estafadores)|me cago en|poner verdes?|(e|isto e) um roubo|(uns|sao uns|seus) (chulos|ladroes|vigaristas|aldraboes)|"
        + @"(het is|dit is) diefstal|oplichters|dieven|zakkenrollers)\b", RegexOptions.NonBacktracking)]
    public static partial Regex AngerAccused();

    /// <summary>Not renewing, cancelling everything, never flying or going back (Spanish): ways of leaving the older cues lacked (counted only with anger).</summary>
    [GeneratedRegex(@"\b(not renewing|won'?t (be )?renew\w*|je ne (renouvelle|renouvellerai|reconduis|reprends) pas|ich verlangere nicht|kein(e|en)? verlangerung|cancelo todo|no (renuevo|vuelvo a (volar|comprar|ir|pisar))|rescindo|nao renovo|ik verleng niet)\b", RegexOptions.NonBacktracking)]
    public static partial Regex NotRenewingOrNeverAgain();

    /// <summary>Something that began to smoulder or smoke (fairy lights, a charger), in the verbs the older cues lacked.</summary>
    [GeneratedRegex(@"\b((started|began) to (smoulder|smolder|smoke)|smoulder\w*|smolder\w*|(a commence|s'est mise?) a (fumer|roussir|griller)|zu schmoren|fing an zu (schmoren|qualmen|rauchen)|schmorte|"
        + @"(empezo|comenzo) a (humear|echar humo|chamuscarse)|(comecou|comecaram) a (fumegar|deitar fumo|soltar fumo)|smeul\w*|begon te (smeulen|roken))\b", RegexOptions.NonBacktracking)]
    public static partial Regex BeganToSmoulder();

    /// <summary>Delivery or moving staff who broke something at the customer's, told with the subject first (Portuguese "partiram").</summary>
    [GeneratedRegex(@"\b((delivery|removal|moving) (men|guys|crew|team|drivers?)\b[^.!?]{0,20}\b(broke|smashed|cracked|dented)|les (livreurs|demenageurs|ouvriers|techniciens) (m'ont |ont )(casse|brise|fissure|abime|raye)|"
        + @"die (lieferanten|packer|monteure|umzugshelfer|handwerker) haben (\w+ ){0,4}(kaputt gemacht|zerbrochen|beschadigt|zerkratzt)|los (repartidores|de la mudanza|operarios|tecnicos|montadores) (me )?(rompieron|rayaron|destrozaron|abollaron)|"
        + @"(os|o) (rapazes|estafetas?|entregadores|tecnicos?|montadores|homens)( d[ao] (entrega|mudanca|loja))? (me )?(partiram|partiu|quebraram|quebrou|estragaram|riscaram|racharam)|"
        + @"de (bezorgers|verhuizers|monteurs|installateurs) hebben (\w+ ){0,4}(kapot|gebroken|beschadigd|bekrast))\b", RegexOptions.NonBacktracking)]
    public static partial Regex WorkersBrokeIt();
}
