using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// The specifics a customer gives instead of a reason's own word: the insult that was said ("called me stupid", "noemde
/// mij dom"), a regulator or ombudsman by name in each country (BaFin, Banco de España, Kifid, Ofcom, CNIL, Procon...),
/// asking the bank to undo a charge, "someone from your company on the phone", contacts counted in digits or words
/// ("6 E-Mails", "5 keer gebeld") and callbacks that never came, closing all one's accounts, moving elsewhere, a near fall,
/// an allergic reaction, a part that melted beside a plug or a hand. Six languages, folded text, written by family of
/// wording (each with its own test lines in every language), for recall; <see cref="RegexOptions.NonBacktracking"/> like
/// every escalation pattern, patterns over the engine's automaton limit split in two.
/// </summary>
public static partial class EscalationSpecifics
{
    private const string Insults = @"(stupid|idiot\w*|dumb|thick|liar|thief|crook|crazy|mad|fat|ugly|moron|retard\w*|useless|pathetic|incompetent|names|a name|criminal|dirt|rubbish|"
        + @"idiote?s?|imbecile?s?|stupide|debile|conn?e|connard|connasse|menteu(r|se)|voleu(r|se)|folle|fou|nulle?|incapable|grosse|bete|chien|moins que rien|"
        + @"dumm\w*|blod\w*|doof\w*|bescheuert\w*|lugner\w*|dieb\w*|betruger\w*|verruckt\w*|fett\w*|hasslich\w*|verbrecher\w*|dreck|"
        + @"estupid[oa]|idiota|tont[oa]|imbecil|mentiros[oa]|ladr(on|ona|ao|a)|loc[oa]|louc[oa]|burr[oa]|inutil|gord[oa]|fe[oa]|fei[oa]|delincuente|criminos[oa]|basura|lixo|perro|cachorro|"
        + @"dom|dommerd|idioot|leugenaar|dief|gek|achterlijk|debiel|dik|lelijk|crimineel|oud vuil)";

    private const string CalledAs = @"(called me|calling me|call me|said i was|said i'?m|told me i was|treated (me|us) like|spoke to me like|"
        + @"m'a traite\w*|m'a (dit|appele\w*)|m'a pris pour|"
        + @"nannte mich|nennt mich|mich als|behandelte? (mich|uns) wie|"
        + @"me (llamo|llamaron|trato|trataron|dijo que era|dijeron que era)|"
        + @"me chamou|chamou-me|me chamaram|disse que eu era|me tratou como|me trataram como|"
        + @"noemde (me|mij)|noemden (me|mij)|maakte (me|mij)|uitgemaakt|zei dat ik|behandelde (me|mij|ons) als)";

    [GeneratedRegex(@"\b(" + CalledAs + @"\b[^.!?]{0,25}\b" + Insults + @"|" + Insults + @"\b[^.!?]{0,15}\b(genannt|bezeichnet|hingestellt|beschimpft|genoemd|uitgemaakt))\b", RegexOptions.NonBacktracking)]
    public static partial Regex InsultReported();

    [GeneratedRegex(@"\b(fca|financial ombudsman|ombudsman services?|ofwat|ofgem|ofcom|cma|cfpb|ftc|bbb|better business bureau|attorney general|energy ombudsman|report (you|this|it|them|your company) to|"
        + @"dgccrf|cnil|acpr|amf|arcep|arcom|ufc|defenseur des droits|conciliateur de justice|"
        + @"bafin|bundeskartellamt|kartellamt|ombudsstelle|versicherungsombudsmann|landesdatenschutz\w*|datenschutzbeauftragt\w*|stiftung warentest|arbeiterkammer|vki|finma|e-control|"
        + @"banco de espana|cnmv|cnmc|direccion general de seguros|junta arbitral|arbitraje de consumo|defensor del (cliente|pueblo|asegurado)|"
        + @"procon|reclame aqui|banco central|bacen|anatel|aneel|senacon|asae|banco de portugal|anacom|erse|cmvm|livro de reclamacoes|portal da queixa|"
        + @"kifid|afm|dnb|consuwijzer|ombudsdienst|test-?aankoop|test-?achats|fsma|ombudsfin|economische inspectie|nvwa|ik meld (dit|jullie|het) bij|jullie aangeven|"
        + @"(ask|asking|get|getting|tell|call|calling|contact|contacting)\w* (my|the) (bank|card (issuer|company|provider))|"
        + @"(pedir|pido|pedire|llamar|hablar con|voy)\w* (al|a mi|con mi|a el) banco|(demander|appeler|voir avec|passer par)\w* (a )?(ma|la) banque|"
        + @"(meine|die|meiner) bank (einschalten|beauftragen|anrufen|bitten)|(pedir|pedi|ligar|falar|recorrer|acionar)\w* (ao|para o|pro|com o|o) (meu )?banco|(mijn|de) bank (inschakelen|vragen|bellen))\b", RegexOptions.NonBacktracking)]
    public static partial Regex RegulatorsAndBanks();

    [GeneratedRegex(@"\b((bank|banque|banco|sparkasse)\b[^.!?]{0,40}\b(anul\w*|annul\w*|revers\w*|retroced\w*|storn\w*|zuruckhol\w*|zuruckbuch\w*|zuruckgebucht|terugdraai\w*|terugboek\w*|estornar|cancelar a cobranca)|"
        + @"(anul\w*|annul\w*|revers\w*|storn\w*|zuruckhol\w*|zuruckbuch\w*|terugdraai\w*|terugboek\w*|estornar)\b[^.!?]{0,30}\b(bank|banque|banco|sparkasse))\b", RegexOptions.NonBacktracking)]
    public static partial Regex BankUndoesCharge();

    [GeneratedRegex(@"\b((someone|somebody|anyone|a person|a human|a manager) (from|at) (your|the) (company|firm|side|end|office|head office|team|shop|store|business)|(someone|somebody|a person|a human|a manager) on the (phone|line)|(get|put) (someone|somebody|a person|a human) on|on the phone with (someone|a person|a human|a manager)|i demand (to speak|a call|someone)|"
        + @"quelqu'un de chez vous|quelqu'un de (votre|la) (societe|entreprise|boite|service|maison)|quelqu'un (au telephone|au bout du fil|en ligne)|j'exige (de parler|un rappel|qu'on m'appelle|qu'on me rappelle)|"
        + @"jemand\w* (aus|von) (ihrer|eurer|deiner|ihrem|eurem|der|dem) (firma|zentrale|unternehmen|laden|haus|team|kundendienst|kundenservice)|jemand\w* am telefon|(einen|ein) (menschen|mitarbeiter\w*) am telefon|ich verlange (einen|eine|mit)|ich bestehe auf (einem|einen) (ruckruf|gesprach)|"
        + @"alguien de (la|vuestra|su|tu) (empresa|compania|tienda|oficina|casa)|alguien de (ustedes|vosotros)|alguien (al|por) telefono|exijo (hablar|que me llamen|una llamada)|"
        + @"alguem da (empresa|loja|companhia|vossa|sua)|alguem de (voces|vos)|alguem (ao|no|pelo) telefone|alguem na linha|exijo (falar|um contato|que me liguem)|"
        + @"iemand van (jullie|uw bedrijf|het bedrijf)|iemand (aan|op) de (lijn|telefoon)|aan de lijn (hebben|krijgen)|(een|echte) (mens|medewerker) aan de (lijn|telefoon)|ik eis (een|dat)|"
        + @"(phone|telephone) number (to|so i can) (call|speak|reach)|numero de telefono (para|donde) (hablar|llamar)|numero (de telephone|de tel) pour (joindre|parler|appeler)|telefonnummer (zum|um|wo)|numero (de telefone )?(pra|para) (ligar|falar)|telefoonnummer (om|waar))\b", RegexOptions.NonBacktracking)]
    public static partial Regex SomeoneOnThePhone();

    private const string Count = @"([2-9]|\d{2}|two|three|four|five|six|seven|eight|nine|ten|several|multiple|numerous|countless|dozens of|a dozen|"
        + @"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|des dizaines de|une dizaine de|"
        + @"zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|mehrere|etliche|unzahlige|zig|dutzende|"
        + @"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varias|varios|muchas|muchos|decenas de|"
        + @"duas|dois|quatro|sete|oito|nove|dez|inumeras|dezenas de|"
        + @"twee|drie|vijf|zes|zeven|negen|tien|meerdere|talloze|tientallen|diverse)";

    private const string ContactsPlural = @"(calls|phone calls|emails|e-mails|mails|messages|chats|letters|tickets|complaints|voicemails|texts|"
        + @"appels|coups de fil|courriels|lettres|relances|reclamations|"
        + @"anrufe|telefonate|nachrichten|briefe|beschwerden|reklamationen|mahnungen|"
        + @"llamadas|correos|mensajes|cartas|reclamaciones|quejas|"
        + @"ligacoes|chamadas|mensagens|reclamacoes|queixas|"
        + @"telefoontjes|berichten|brieven|klachten|belletjes)";

    private const string TimesWord = @"( ?x|-mal| mal| times| fois| veces| vezes| keer)";

    private const string Contacted = @"(called|phoned|rang|rung|emailed|e-mailed|wrote|written|messaged|chatted|chased|complained|contacted|"
        + @"appele|ecrit|relance|reclame|contacte|telephone|"
        + @"angerufen|geschrieben|gemailt|nachgefragt|gemeldet|beschwert|reklamiert|"
        + @"llamado|llame|escrito|escribi|reclamado|contactado|"
        + @"liguei|ligamos|escrevi|reclamei|contatei|contactei|"
        + @"gebeld|gemaild|geschreven|geklaagd|gecontacteerd|belde)";

    [GeneratedRegex(@"\b" + Count + @" " + ContactsPlural + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex ContactsCounted();

    [GeneratedRegex(@"\b" + Count + TimesWord + @"\b[^.!?]{0,25}\b" + Contacted + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex TimesContacted();

    [GeneratedRegex(@"\b" + Contacted + @"\b[^.!?]{0,25}\b" + Count + TimesWord + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex ContactedTimes();

    [GeneratedRegex(@"\b((every|each) time i (call|ring|phone|write|email|chat|contact)|(said|told me) (they|he|she|someone) would (call|ring|phone)|supposed to (call|ring|phone) (me )?back|never heard back|"
        + @"a chaque (fois que j'appelle|appel|relance)|devai(t|ent) me rappeler|jamais rappele|"
        + @"jedes ?mal,? wenn ich (anrufe|schreibe)|sollte mich zuruckrufen|wollten? (mich )?zuruckrufen|wollten sich melden|nie zuruckgerufen|"
        + @"cada vez que (llamo|escribo|contacto)|iban a llamar(me)?|quedaron en llamar(me)?|nunca me (llamaron|devolvieron)|"
        + @"toda vez que (ligo|escrevo|entro em contato)|ficaram de (me )?ligar|iam me ligar|nunca (me )?ligaram|"
        + @"(elke|iedere) keer (als|dat) ik (bel|mail|schrijf)|zou(den)? (me )?(terug)?bellen|nooit teruggebeld)\b", RegexOptions.NonBacktracking)]
    public static partial Regex CallbacksNeverCame();

    [GeneratedRegex(@"\b((close|closing|cancel\w*|delete|deleting|shut\w*|terminat\w*)( down)? (all|every one|each)( of)? ((my|our|the) )?(accounts?|subscriptions?|contracts?|cards?|policies|plans|services)|"
        + @"(ferm|resili|supprim|clotur|annul)\w* tous (mes|nos|les) (comptes|abonnements|contrats|cartes)|"
        + @"(cierr|cerr|cancel|borr|doy de baja|dar de baja)\w*( de)? tod[oa]s (mis|las|los|nuestras) (cuentas|suscripciones|contratos|tarjetas|servicios)|"
        + @"(fech|encerr|cancel)\w*( de)? tod[oa]s ((as|os) )?((minhas|meus) )?(contas|assinaturas|contratos|cartoes|servicos)|"
        + @"(alle|samtliche) (meine |unsere )?(konten|vertrage|abos|karten|abonnements)\b[^.!?]{0,20}\b(kundig|schliess|auflos|losch|gekundigt|geschlossen)\w*|(kundig|schliess|los)\w*\b[^.!?]{0,10}\balle (meine |unsere )?(konten|vertrage|abos)|"
        + @"(al )?(mijn|onze) (rekeningen|abonnementen|contracten|accounts)\b[^.!?]{0,20}\b(op|opzeggen|sluiten|opheffen)|(zeg|sluit|hef)\w* (al )?(mijn|onze) (rekeningen|abonnementen|contracten))\b", RegexOptions.NonBacktracking)]
    public static partial Regex ClosingEverything();

    [GeneratedRegex(@"\b(moving to another|going elsewhere|take my (custom|money|business) elsewhere|find(ing)? (another|a new) (provider|supplier|bank|company|shop|store|insurer)|"
        + @"je passe chez|je vais voir ailleurs|je pars (chez|a la)|je me casse|"
        + @"ich gehe (jetzt )?(zu|zur)|wechsle\w* (jetzt |sofort |heute )?(zu|zur|den|die|das)|bin (dann )?weg|"
        + @"me paso a|me voy (a|con) otra|me cambio a otra|"
        + @"vou passar (para|pra)|vou (para|pra) outra|vou trocar|mudo de|"
        + @"stap\w*\b[^.!?]{0,25}\bover\b|overstappen|ik ga naar (een )?(andere|de concurrent))", RegexOptions.NonBacktracking)]
    public static partial Regex MovingElsewhere();

    [GeneratedRegex(@"\b((nearly|almost) (tripped|slipped|fell|fallen|broke|choked|electrocuted|crashed|set fire|fell down)|could have (been )?(killed|hurt|injured|broken)|"
        + @"failli (tomber|glisser|chuter|trebucher|se blesser|me blesser|s'electrocuter|m'electrocuter|s'etouffer|m'etouffer|se bruler|me bruler|prendre feu|mourir|y passer|se faire renverser|etre renverse\w*)|"
        + @"fast\b[^.!?]{0,15}\b(gesturzt|hingefallen|gestolpert|ausgerutscht|erstickt|verbrannt|uberfahren|verletzt|runtergefallen|umgefallen|hingeflogen)|"
        + @"(casi|por poco) (me|se|nos|le) (cae|caigo|cayo|caemos|mata|rompe|quema|ahoga|atropella|electrocuta|resbala)|casi (tropiezo|resbalo|me mato|muere)|"
        + @"(quase|por pouco) (caiu|cai|escorreguei|escorregou|tropecei|tropecou|me machuquei|se machucou|morreu|morri|engasgou|queimou|atropelou|levou choque|me queimei)|"
        + @"(viel|struikelde|gleed|valt|glijdt)\w* bijna|bijna (gevallen|gestruikeld|uitgegleden|onderuit|gestikt|verbrand|vallen|viel))\b", RegexOptions.NonBacktracking)]
    public static partial Regex NearMiss();

    [GeneratedRegex(@"\b((had|got|fait|fais|eu|tuvo|tuve|teve|tive|kreeg|hatte|bekam) (an? |une |una |uma |een |eine |ein(e)? heftige )?(allergic |allergische |allergique )?(reaction|reaccion|reacao|reactie|reaktion)|"
        + @"hives|urticaire|nesselsucht|urticaria|netelroos|(lips?|throat|face|tongue) (swelled|swollen|swelling)|gorge gonflee|levres gonflees|(lippen|hals|gesicht) (ist |sind )?(an)?geschwollen|labios hinchados|garganta (cerrada|hinchada)|labios inchados|garganta fechada|lippen opgezwollen|keel (dik|opgezwollen)|"
        + @"cacahuetes?|arachides?|erdnuss\w*|pinda\w*|amendoim|mani)\b", RegexOptions.NonBacktracking)]
    public static partial Regex AllergicReaction();

    private const string Melting = @"(melt(ed|ing)?|fondu\w*|geschmolzen|schmilzt|derriti\w*|derret\w*|gesmolten|smolt)";

    private const string PowerOrHand = @"(plugs?|sockets?|outlet|cables?|cords?|wires?|charger|batter(y|ies)|power strip|extension|handle|heater|hand|palm|"
        + @"prises?|fils?|chargeur|batterie|multiprise|rallonge|poignee|main|radiateur|"
        + @"stecker|steckdose\w*|kabel|ladegerat|akku|griff|hand|heiz\w*|"
        + @"enchufe|cargador|bateria|regleta|alargador|mango|mano|estufa|"
        + @"tomada|cabo|carregador|extensao|filtro de linha|mao|aquecedor|"
        + @"stekker|stopcontact|snoer|oplader|accu|stekkerdoos|verlengsnoer|handvat|kachel)";

    [GeneratedRegex(@"\b(" + Melting + @"\b[^.!?]{0,40}\b" + PowerOrHand + @"|" + PowerOrHand + @"\b[^.!?]{0,40}\b" + Melting + @")\b", RegexOptions.NonBacktracking)]
    public static partial Regex MeltedNearPower();

    [GeneratedRegex(@"\b((mou?ldy?|moisi\w*|schimmel\w*|beschimmeld|moho|mohos[oa]|mofo|mofad[oa])\b[^.!?]{0,50}\b(ate|eaten|eating|eat|swallowed|sick|ill|mange\w*|malade|gegessen|essen|krank|gegeten|eten|ziek|comi\w*|comeu|comido|enferm\w*|doente|bebi\w*|drank|getrunken|gedronken)|"
        + @"(ate|eaten|eating|swallowed|mange\w*|gegessen|gegeten|comi\w*|comeu|comido|bebi\w*|drank|getrunken|gedronken)\b[^.!?]{0,50}\b(mou?ldy?|moisi\w*|schimmel\w*|beschimmeld|moho|mohos[oa]|mofo|mofad[oa]))\b", RegexOptions.NonBacktracking)]
    public static partial Regex MouldEaten();

    [GeneratedRegex(@"\b(baby (formula|milk)|infant formula|lait (infantile|maternise|bebe)|babymilch|sauglingsnahrung|pre-?nahrung|leche (de formula|infantil)|leite (em po|infantil)|formula infantil|flesvoeding|kunstvoeding|zuigelingenvoeding|"
        + @"antibiotic\w*|antibiotique\w*|antibiotika|antibiotico\w*|antibiotica|painkillers?|antidouleurs?|schmerzmittel|analgesic\w*|pijnstill\w*)\b", RegexOptions.NonBacktracking)]
    public static partial Regex CareNeeds();

    [GeneratedRegex(@"\b(stair ?lift|monte-escalier|treppenlift|salvaescaleras|elevador de escada|traplift|rollator|walking frame|zimmer frame|mobility scooter|deambulateur|deambulador|andador|looprek|scootmobiel|parkinson\w*)\b", RegexOptions.NonBacktracking)]
    public static partial Regex MobilityAids();
}
