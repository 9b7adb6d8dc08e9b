using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// The situations behind each escalation reason when the customer does not name it ("a human to call me", "the fitter
/// drilled a pipe", "a dispute with my card issuer", "the baby gate came off the wall", "6th email"), in the six
/// languages, over folded text. They widen <see cref="EscalationPatterns"/>: either one is enough for the reason. Written
/// for recall (a person reads a needless handoff; a missed injury is worse), by kind of situation, not by sentence.
/// </summary>
public static partial class EscalationSituations
{
    private const string Children = @"(baby|babies|toddler|child|children|kids?|(my|our|her|his) son|daughter|little one|little boy|little girl|newborn|infant|grandchild|grandson|granddaughter|"
        + @"bebes?|nin[oa]s?|hij[oa]s?|mi peque(no|na)?|niet[oa]|enfants?|mon petit|ma petite|notre petit|fils|fille|nourrisson|bambin|petit[- ]fils|petite[- ]fille|"
        + @"kind|kinder|mein kleiner|meine kleine|unser kleiner|unsere kleine|sohn|tochter|saugling|enkelkind\w*|enkel(in|sohn|tochter)|"
        + @"filh[oa]s?|criancas?|net[oa]|nenem|bebezinho|"
        + @"peuter|kindje|zoon(tje)?|dochter(tje)?|kleuter|kleinkind|baby'tje)";

    private const string ChildHazards = @"(came (loose|off|away|apart|down)|fell|falling|fallen|tipped|toppled|collapsed|gave way|swallow\w*|chok\w*|trapped|pinched|caught (his|her|their)|broke off|sharp|loose|button batter\w*|magnets?|cord|strangl\w*|"
        + @"se solt\w*|se cay\w*|cayo|volc\w*|se rompi\w*|trag\w*|atrapad\w*|atragant\w*|cortante|suelt[oa]|"
        + @"decroch\w*|tomb\w*|renvers\w*|effondr\w*|aval\w*|coinc\w*|pince\w*|coupant|etrangl\w*|"
        + @"gelost|lose|locker|umgekippt|umgefallen|heruntergefallen|gefallen|eingeklemmt|verschluck\w*|scharf\w*|abgebrochen|"
        + @"solt(ou|a)|caiu|tombou|desab\w*|engol\w*|prendeu|pres[oa]|afiad\w*|engasg\w*|"
        + @"kwam los|los(ge)?(kwam|raakte)|viel (van|uit|om|op)|gevallen|omgevallen|ingestort|ingeslikt|klem|scherp\w*|verslik\w*)";

    [GeneratedRegex(@"\b" + Children + @"\b[^.!?]{0,60}\b" + ChildHazards + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex ChildInDanger();

    [GeneratedRegex(@"\b" + ChildHazards + @"\b[^.!?]{0,60}\b" + Children + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex HazardNearChild();

    [GeneratedRegex(@"\b((fire|emergency) (exit|door|escape)|escape route|sortie de secours|issue de secours|notausgang|fluchtweg|salida de (emergencia|incendios)|saida de emergencia|nooduitgang|brandtrap|vluchtweg|"
        + @"broken (leg|arm|wrist|ankle|hip|bone|nose|tooth|finger|toe|rib)s?|fractur\w*|sprain\w*|concussion|bruis\w*|tripped|slipped|fell (down|over|on|off)|stitches|burns?\b|blister\w*|scald\w*|"
        + @"jambe cassee|bras casse|poignet casse|cheville|entorse|glisse|trebuch\w*|points de suture|cloque|ebouillant\w*|"
        + @"pierna rota|brazo rot[oa]|tobillo|esguince|resbal\w*|tropec\w*|puntos de sutura|ampolla|escald\w*|"
        + @"gebrochen\w* (bein|arm|hand|fuss|handgelenk|rippe)|beinbruch|armbruch|verstaucht|ausgerutscht|gestolpert|gesturzt|genaht|brandblase|brandwunde|verbruh\w*|"
        + @"perna quebrada|braco quebrado|torci|escorreg\w*|levei pontos|"
        + @"gebroken (been|arm|pols|enkel|heup|rib)|verstuikt|uitgegleden|gestruikeld|(moest|moesten|werd|is|zijn) (\w+ )?gehecht|brandwond\w*|blaar|"
        + @"smell\w* (of )?(burn\w*|gas|plastic|smoke)|burning (smell|plastic|rubber)|sent le (brule|gaz)|odeur de (gaz|plastique|brule|fumee)|riecht\w* (nach )?(gas|verbrannt\w*|verschmort\w*|rauch)|verschmort\w*|huele a (quemado|gas|humo)|olor a (gas|plastico|humo)|cheiro de (gas|plastico|fumaca)|ruikt naar (gas|verbrand|brand|rook)|schroeilucht|"
        + @"exposed wires?|bare wires?|live wires?|short[- ]circuit\w*|overheat\w*|too hot to (touch|hold)|tripped the (fuse|breaker)|fils? (a nu|denude\w*)|court[- ]circuit|surchauff\w*|kurzschluss|uberhitz\w*|blanke? (kabel|drahte?)|cables? pelados?|cortocircuito|sobrecalent\w*|curto[- ]circuito|superaquec\w*|fios? desencapad\w*|kortsluiting|oververhit\w*|"
        + @"(sick|vomit\w*|threw up|diarrh\w*|ill) after|glass in (it|the|my)|(piece|bit) of (glass|metal)|(piece|bit) of plastic in|nuts? in|peanuts?|vomi\w*|malade apres|(bout|morceau) de (verre|metal)|"
        + @"vomit\w*|enferm\w* (despues|tras)|(trozo|pedazo) de (cristal|vidrio|metal)|erbroch\w*|ubergeben|glassplitter|passei mal|(caco|pedaco) de (vidro|metal)|"
        + @"overgeven|overgegeven|ziek (na|van)|(stukje|stuk) (glas|metaal)|"
        + @"fell on (me|my|him|her)|came off the wall|came down on|(landed|fell) on (my|his|her) (head|foot|feet|hand|arm|leg))\b", RegexOptions.NonBacktracking)]
    public static partial Regex Hazards();

    [GeneratedRegex(@"\b((a|an|some|one) (human|person|real person|living person|human being|actual human|manager|supervisor)\b[^.!?]{0,30}\b(call|ring|phone|contact|speak|talk|answer|get back)\w*|(call|ring|phone|contact) me\b|speak (to|with) (someone|somebody|a person|your|the)|talk (to|with) (someone|somebody|a person|your|the)|"
        + @"someone (senior|in charge|responsible|from (the )?(management|head office))|head office|complaints (department|team|manager)|your (boss|ceo|director|manager)|escalat\w* (this|it|my)|(a )?call ?back|get back to me (by|on the) phone|"
        + @"(un|une|un vrai|une vraie) (humain|personne|etre humain|conseiller|conseillere|responsable)\b[^.!?]{0,30}\b(m'appelle|me rappelle|me contacte|me reponde|me parle|appelle)|qu'on m'appelle|quelqu'un m'appelle|qu'on me rappelle|de me rappeler|rappelez|qu'on me (telephone|contacte)|contactez[- ]moi|parler (a|avec) (quelqu'un|un |une |le |la |votre)|(votre|le|au) (chef|directeur|directrice|patron|service reclamations?)|etre rappelee?|un rappel|"
        + @"(ein|einen|einem|eine) (mensch|menschen|mitarbeiter\w*|echte person|person|vorgesetzte\w*)\b[^.!?]{0,30}\b(anruft|zuruckruft|meldet|spricht|anrufen|zuruckrufen)|jemand\b[^.!?]{0,25}\b(anruft|zuruckruft|meldet|anrufen|zuruckrufen)|(mit|den|dem|ihren|euren) (chef|vorgesetzten|geschaftsfuhrer\w*|filialleiter\w*|verantwortlichen)|(mit|zu) jemandem (sprechen|reden)|zuruckgerufen werden|"
        + @"(una|un) (persona|humano|ser humano|agente|responsable|supervisor[a]?)\b[^.!?]{0,30}\b(me llame|me atienda|me conteste|me contacte|me escriba|llame)|me llamen?|me contacten?|me atienda|hablar con (alguien|una persona|un |el |la |su |vuestro)|(el|su|vuestro|tu) (jefe|gerente|director[a]?|responsable)|me devuelvan la llamada|"
        + @"(uma|um) (pessoa|humano|ser humano|atendente|responsavel|supervisor[a]?)\b[^.!?]{0,30}\b(me ligue|me liga|me atenda|me responda|me contate|ligue)|me ligue[m]?|me liga|me ligar|me retorne[m]?|falar com (alguem|uma pessoa|um |o |a |seu |teu )|(o|seu|teu) (chefe|gerente|supervisor|diretor|responsavel)|"
        + @"(een|iemand|een echt|een echte) (mens|persoon|medewerker|manager)\b[^.!?]{0,30}\b(belt|terugbelt|bellen|spreken|contact)|(me|mij) (terug)?(bellen|belt|bel)|iemand (spreken|aan de lijn)|met iemand (spreken|praten)|(de|uw|jullie|met de) (manager|baas|chef|directeur|leidinggevende)|terugbelverzoek)\b", RegexOptions.NonBacktracking)]
    public static partial Regex PersonWanted();

    private const string Payers = @"(bank|card issuer|card company|credit card|debit card|my card|paypal|visa|mastercard|amex|klarna|"
        + @"banque|carte|carte bancaire|"
        + @"kreditkarte|karte|sparkasse|"
        + @"banco|tarjeta|"
        + @"cartao|"
        + @"creditcard|bankpas)";

    private const string Disputes = @"(dispute\w*|contest\w*|chargeback|charge back|raise[sd]? (it|this|a case)|"
        + @"contestation|contester|conteste|opposition|reclamation|litige|"
        + @"reklamier\w*|widerspr\w*|widerruf\w*|zuruckbuch\w*|zuruckgebucht|ruckbuch\w*|zuruckhol\w*|zuruckgeholt|"
        + @"reclamacion|reclamado|disputa|contracargo|retrocesion|"
        + @"contestacao|contestar|contestei|reclamacao|"
        + @"betwist\w*|storneer\w*|terugboek\w*|terugvorder\w*|terugdraai\w*)";

    [GeneratedRegex(@"\b(" + Disputes + @"\b[^.!?]{0,45}\b" + Payers + @"|" + Payers + @"\b[^.!?]{0,45}\b" + Disputes + @"|"
        + @"newspapers?|the papers|the press|journalists?|watchdog|go(ing)? public|tv programme|citizens advice|which\?|consumer (rights|group|association|helpline)|arbitration|insurer|legal aid|legal (expenses|cover|advice)|"
        + @"journal|journalistes?|la presse|les medias|mediation|mediateur|conciliateur|signal ?conso|60 millions|association de consommateurs|protection juridique|assurance juridique|"
        + @"zeitung|(die|der|zur) presse|journalist\w*|verbraucherschutz|schlichtung\w*|rechtsschutz\w*|ombudsmann|anzeige (erstatten|erstattet|machen)|strafanzeige|"
        + @"periodico|prensa|periodista|arbitraje|defensor del (cliente|consumidor)|oficina del consumidor|asociacion de consumidores|"
        + @"jornal|imprensa|jornalista|defesa do consumidor|portal da queixa|consumidor\.gov|queixa formal|"
        + @"krant|de pers|journalist|radar|ombudsman|klachtencommissie|juridisch loket|rechtsbijstand\w*)\b", RegexOptions.NonBacktracking)]
    public static partial Regex LegalSteps();

    private const string Workers = @"(fitters?|installers?|technicians?|engineers?|plumbers?|electricians?|couriers?|drivers?|delivery (guy|guys|man|men|driver|person|team)|removal (men|team)|movers|assemblers?|workm[ae]n|your (guy|guys|men|team|staff|people)|handyman|"
        + @"installateurs?|technicien\w*|plombiers?|electriciens?|livreurs?|chauffeurs?|monteurs?|poseurs?|demenageurs?|"
        + @"techniker\w*|klempner\w*|elektriker\w*|boten?|fahrer\w*|lieferant\w*|zusteller\w*|paketbote\w*|handwerker\w*|monteur\w*|"
        + @"montador\w*|tecnic[oa]s?|fontaner[oa]s?|electricistas?|repartidor\w*|transportistas?|conductor\w*|instalador\w*|"
        + @"encanador\w*|eletricistas?|entregador\w*|estafetas?|transportadora|motoristas?|motoboys?|"
        + @"technicus|loodgieters?|elektriciens?|bezorgers?|koeriers?|verhuizers?|pakketbezorger|monteurs?)";

    private const string Harm = @"(drill\w*|flood\w*|leak\w*|smash\w*|scratch\w*|dent(ed)?|crack\w*|knocked (over|down|into)|crash\w*|reversed|backed into|tore|torn|ripped|stain\w*|muddy|hole in|"
        + @"perce\w*|inond\w*|fuite|ray(e|ee|es|ure)|arrach\w*|renvers\w*|trou dans|"
        + @"angebohrt|gebohrt|durchgebohrt|uberschwemm\w*|unter wasser|zerkratzt|dreck|umgefahren|gerammt|loch in|"
        + @"perfor\w*|inund\w*|fuga|rayad\w*|golpe\w*|manch\w*|arranc\w*|tumb\w*|agujero|"
        + @"fur(ou|aram)|alag\w*|vazamento|risc\w*|amass\w*|derrub\w*|buraco|"
        + @"\w*geboord|boorde|blank|onder water|overstroom\w*|lek(t|ken|kage)?|gekrast|deuk\w*|omver|vlek\w*|gat in)";

    [GeneratedRegex(@"\b" + Harm + @"\b[^.!?]{0,40}\b" + Workers + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex HarmByWorkers();

    [GeneratedRegex(@"\b(" + Workers + @"\b[^.!?]{0,80}\b" + Harm + @"|"
        + @"flooded|water damage|inondee?s?|degats? des eaux|wasserschaden|unter wasser|inundad[oa]s?|danos? por agua|alagad[oa]s?|onder water|waterschade)\b", RegexOptions.NonBacktracking)]
    public static partial Regex DamageDone();

    private const string Ordinals = @"(2nd|3rd|\d+th|\d+e|\d+eme|\d+\.|\d+º|\d+ª|\d+o|\d+a|\d+de|\d+ste|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|"
        + @"segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|septim[oa]|octav[oa]|decim[oa]|enesim[oa]|"
        + @"deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|dixieme|enieme|"
        + @"zweite[nm]?|dritte[nm]?|vierte[nm]?|funfte[nm]?|sechste[nm]?|siebte[nm]?|achte[nm]?|zehnte[nm]?|x-te[nm]?|"
        + @"terceir[oa]|quart[oa]|setim[oa]|oitav[oa]|"
        + @"tweede|derde|vierde|vijfde|zesde|zevende|achtste|tiende|zoveelste)";

    // From the third on: "the second time" is as often the problem happening again as the customer writing again.
    private const string ThirdOrLater = @"(3rd|([4-9]|\d{2,})th|([3-9]|\d{2,})(e|eme|\.|º|ª|o|a|de|ste)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|"
        + @"tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|septim[oa]|octav[oa]|decim[oa]|enesim[oa]|"
        + @"troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|dixieme|enieme|"
        + @"dritte[nm]?|vierte[nm]?|funfte[nm]?|sechste[nm]?|siebte[nm]?|achte[nm]?|zehnte[nm]?|x-te[nm]?|"
        + @"terceir[oa]|quart[oa]|setim[oa]|oitav[oa]|"
        + @"derde|vierde|vijfde|zesde|zevende|achtste|tiende|zoveelste)";

    private const string Times = @"(time|times|vez|veces|fois|mal|keer)";

    private const string Contacts = @"(call|email|e-mail|mail|message|chat|letter|complaint|ticket|claim|report|"
        + @"correo|mensaje|llamada|reclamacion|carta|"
        + @"appel|courriel|lettre|reclamation|relance|"
        + @"nachricht|anruf|brief|beschwerde|reklamation|meldung|"
        + @"mensagem|ligacao|reclamacao|"
        + @"bericht|telefoontje|klacht)";

    [GeneratedRegex(@"\b(" + Ordinals + @" " + Contacts + @"|" + ThirdOrLater + @" " + Times + @"|(ticket|case|complaint|dossier|fall|caso|chamado|zaak|melding)\b[^.!?]{0,40}\b(closed|ferme|geschlossen|cerrad\w*|cierran|fechad\w*|fecham|gesloten|afgesloten)|"
        + @"(closed|ferme|geschlossen|cierran|fecham|sluiten)\b[^.!?]{0,20}\b(ticket|case|dossier|chamado|caso)|"
        + @"never (got back|called back|rang back)|keep (calling|writing|chasing|asking)|(weeks|months) of (calls|emails|chasing)|still waiting for (a|an|the) (reply|answer|call)|promised to (call|ring|get back)|said they would (call|ring|get back)|"
        + @"je relance|on m'avait promis (un rappel|de rappeler|de me rappeler)|"
        + @"ich hake nach|nachgehakt|versprochen\w* (anzurufen|zuruckzurufen|sich zu melden)|"
        + @"insisto|me prometieron (llamar|devolver la llamada)|"
        + @"prometeram (ligar|retornar|me ligar|me retornar)|"
        + @"blijf (bellen|mailen)|beloofden (terug te bellen|te bellen))\b", RegexOptions.NonBacktracking)]
    public static partial Regex ContactAgain();

    [GeneratedRegex(@"\b((close|delete|cancel|terminate|end|shut)( down)? (my|the|our) (account|subscription|contract|membership|plan|loyalty card|profile)|(closing|deleting|cancelling|canceling) (my|the) (account|subscription|contract|membership)|leaving you for|"
        + @"(fermez|fermer|supprimez|supprimer|resiliez|resilier|annulez|annuler|cloturez|cloturer)\b[^.!?]{0,15}\b(mon|ma|mes|le|la) (compte|abonnement|contrat|adhesion)|je vais ailleurs|"
        + @"(loscht|loschen|losche|kundigt|kundigen|kundige|schliesst|schliessen|beendet|beenden|storniert|stornieren)\b[^.!?]{0,25}\b(konto|abo|abonnement|vertrag|mitgliedschaft|kundenkonto)|(konto|abo|vertrag|kundenkonto|mitgliedschaft)\b[^.!?]{0,25}\b(loschen|kundigen|schliessen|beenden)|"
        + @"(cerrad|cerrar|cierren|cierra|cierro|borrad|borrar|borren|eliminad|eliminar|eliminen|cancelad|cancelar|cancelen|dad de baja|darme de baja)\b[^.!?]{0,15}\b(mi|mis|la|el) (cuenta|suscripcion|contrato|perfil)|"
        + @"(fechem|fechar|feche|fecho|encerrem|encerrar|encerre|cancelem|cancelar|cancele|apaguem|apagar|excluam|excluir|exclua)\b[^.!?]{0,15}\b(minha|meu|a|o) (conta|assinatura|contrato|cadastro|perfil)|"
        + @"(sluit|sluiten|verwijder|verwijderen|zeg|opzeggen|beeindig\w*|stop)\b[^.!?]{0,15}\b(mijn|het|de) (account|abonnement|contract|lidmaatschap|klantenkaart|profiel))\b", RegexOptions.NonBacktracking)]
    public static partial Regex Leaving();

    [GeneratedRegex(@"\b(how you treat|treated like|this is how|unacceptable|crap|shit|bullshit|wtf|ffs|a joke|pathetic|useless|"
        + @"comment on (est|me|nous) trait\w*|voila comment|inacceptable|merde|foutage de gueule|lamentable|nul|"
        + @"so (wird man|behandelt)|inakzeptabel|scheiss\w*|unverschamt|lacherlich|witz|"
        + @"asi (me|nos|se) trat\w*|inaceptable|mierda|vergonzoso|una broma|lamentable|"
        + @"assim (que )?(voces )?trat\w*|inaceitavel|merda|porra|palhacada|ridiculo|"
        + @"zo behandel\w*|onacceptabel|kut\w*|klote\w*|belachelijk|een grap|schandalig)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Indignation();

    [GeneratedRegex(@"\b(threw (me|us) out|kicked (me|us) out|told (me|us) to (get out|leave|shut up|go away)|laugh(ed|ing) at (me|us|her|him|my)|mock\w*|humiliat\w*|patronis\w*|patroniz\w*|spoke to me like|discriminat\w*|raci(st|sm)|"
        + @"bande de (nuls|guignols|incapables|cons|bras casses)|m'a (mis|jete)e? dehors|degage[rz]?|(se sont|s'est|ont) moque\w*|humili\w*|m'a hurle|hurl\w* (sur|apres|contre) (moi|nous|elle|lui)|m'a insulte\w*|"
        + @"ausgelacht|rausgeworfen|rausgeschmissen|gedemutigt|diskriminier\w*|rassis(t|mus)\w*|"
        + @"me ech(o|aron)|nos ech(o|aron)|se rieron|se burl\w*|humill\w*|discrimin\w*|"
        + @"riram|rindo de|zombar\w*|debochar\w*|humilh\w*|me expuls\w*|"
        + @"uitgelachen|lachte\b[^.!?]{0,25}\buit|zette (me|mij|ons)\b[^.!?]{0,25}\buit|schold|vernederd|eruit gezet|eruit gegooid|gediscrimineerd)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Mistreated();

    [GeneratedRegex(@"\b(memory (problems|loss|issues)|(his|her|my|their) memory|forgetful|keeps forgetting|gets confused|easily confused|dementi\w*|care home|nursing home|housebound|bedridden|lives alone|single (mum|mom|parent)|mental health|depressed|depression|anxiety|suicid\w*|grie(f|ving)|mourning|bereave\w*|my late (husband|wife|mother|father|mum|dad|son|daughter|partner)|lost my (husband|wife|mother|father|mum|mom|dad|son|daughter|partner)|death certificate|on a pension|pension|can'?t afford (food|to eat|rent)|learning (difficult|disabilit)\w*|special needs|"
        + @"(sa|ma|la) memoire|perte de memoire|troubles? de (la )?memoire|oublie tout|perd la tete|depression|depressif|depressive|maison de retraite|ehpad|grabataire|vit seule?|mere seule|sante mentale|deuil|feue? (mon|ma)|deces|acte de deces|retraite|handicap mental|"
        + @"gedachtnis|vergesslich|vergisst (alles|vieles|oft|sachen)|(ist|wird|leicht) verwirrt|depression\w*|depressiv\w*|pflegeheim|altenheim|bettlagerig|lebt allein|alleinerziehend|psychisch\w*|trauer\w*|todesfall|sterbeurkunde|rente|\w*behinderung|"
        + @"problemas de memoria|perdida de memoria|su memoria|olvida todo|se le olvida|se confunde|depresion|deprimid[oa]|residencia de ancianos|residencia|encamad[oa]|vive sol[oa]|madre soltera|salud mental|duelo|luto|fallecimiento|defuncion|pension|discapacidad intelectual|"
        + @"esquece tudo|esquece as coisas|perda de memoria|problemas? de memoria|depressao|deprimid[oa]|lar de idosos|asilo|acamad[oa]|mora sozinh[oa]|mae solteira|saude mental|obito|aposentadoria|deficiencia intelectual|"
        + @"(zijn|haar|mijn) geheugen|geheugenproblemen|geheugenverlies|vergeetachtig|(is|raakt|wordt) verward|depressie\w*|depressief|verpleeghuis|bejaardenhuis|bedlegerig|woont alleen|alleenstaande|geestelijke gezondheid|rouw|overlijden\w*|aow|verstandelijke)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Fragile();

    [GeneratedRegex(@"\b(pills|doses?|wrong (tablets|pills|medicine|medication)|life[- ]saving|doctor|gp|surgery|(my|an|his|her) operation|post[- ]op|recovering from|stroke|heart attack|cancer|pregnan\w*|in (the )?hospital|(no|without) (heating|heat|hot water)|fridge (broke|died|stopped)|"
        + @"cachets|comprimes|pilules|medecin|docteur|chirurgie|(mon|son|une) operation|avc|crise cardiaque|cancer|enceinte|sans chauffage|"
        + @"tabletten|pillen|arzt|arztin|schlaganfall|herzinfarkt|krebs|keine heizung|im krankenhaus|"
        + @"pastillas|comprimidos|medico|cirugia|ictus|infarto|sin calefaccion|"
        + @"remedio|cirurgia|derrame|sem aquecimento|"
        + @"dokter|huisarts|operatie|beroerte|hartaanval|kanker|geen verwarming)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Medical();
}
