using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Multilingual cues (en, es, fr, de, pt, nl), matched against folded text (lower case, no accents), one pattern per
/// reason a person should take over. Hand-written: no published lexicon of escalation cues exists for these languages.
/// Recall matters more than precision here (a person reads a needless handoff; a missed injury is worse).
/// </summary>
public static partial class EscalationPatterns
{
    [GeneratedRegex(@"\b((speak|talk|get|give|put|pass|connect|transfer|want|need|escalate)\b[^.!?]{0,25}\b(manager|supervisor|human|real person|actual person|someone in charge|team leader|boss)|real (person|human)|not (a|an|the) (bot|robot|machine)|call me|phone me|ring me|call me back|call back today|someone (please )?(call|phone|ring|contact) me|"
        + @"hablar con (una persona|alguien|un humano|un supervisor|el encargado|un responsable|el gerente|un agente)|persona de verdad|pasame con|paseme con|supervisor|encargad[oa]|(que )?(alguien )?me llame|llamadme|llameme|llamenme|me llamen|no (un|con un) (bot|robot)|"
        + @"parler a (une (vraie )?personne|quelqu'un|un humain|un responsable|un conseiller|un superviseur|votre superieur)|vraie personne|passez[- ]moi|rappelez[- ]moi|qu'on me rappelle|m'appeler|me rappeler|un responsable|superieur hierarchique|pas (a )?un robot|"
        + @"mit einem menschen|echten menschen|vorgesetzte\w*|chef sprechen|teamleiter|filialleitung|geschaftsfuhrung|ruft? mich\b[^.!?]{0,20}\b(an|zuruck)|ruckruf|zuruckruft|zuruckrufen|nicht mit einem bot|"
        + @"falar com (uma pessoa|alguem|um humano|o supervisor|o gerente|um responsavel|um atendente)|pessoa de verdade|me passa|me passe|gerente|gerencia|me liga|me liguem|me ligue|alguem me ligue|nao (um|com um) (bot|robo)|"
        + @"mens spreken|echt mens|leidinggevende|teruggebeld|terugbellen|bel me|bel mij|belt me|iemand (me|mij) (nu )?(bellen|terugbellen)|filiaalmanager|niet met een bot|pasenme|pasadme|pasame|paseme|passem-me|me passem)\b", RegexOptions.NonBacktracking)]
    public static partial Regex PersonRequested();

    [GeneratedRegex(@"\b(injur\w*|hurt (me|my|him|her|us|myself)|nasty cut|(cut|burnt?|burned) (my|his|her|myself)|bleed\w*|bled|stitches|a&e|emergency room|hospital|ambulance|food poisoning|poison\w*|allergic|allergy|anaphyla\w*|epipen|coeliac|celiac|chok(e|ed|ing)|in (his|her|my|their) mouth|swallow\w*|smok(e|ed|ing)|smoulder\w*|scorch\w*|on fire|caught fire|fire hazard|\bfire\b|flames?|sparks?|sparking|burning smell|smell of burning|electric shock|electrocut\w*|explod\w*|explosion|gas leak|fumes|carbon monoxide|(almost|nearly) (hit|ran over|run over|crushed|fell|killed|electrocuted|choked)|could have (killed|burned|burnt|hurt|set)|danger\w*|hazard\w*|sharp edge|shards?|"
        + @"herid[oa]s?|me corte|cortado|sangr\w*|quemad\w*|me queme|urgencias|hospital|ambulancia|intoxicac\w*|alergi\w*|anafila\w*|celiac[oa]|atragant\w*|en la boca|trago|humo|fuego|incendi\w*|chispas?|olor a quemado|descarga|electrocut\w*|explot\w*|fuga de gas|casi (atropella|me mata|lo mata|la mata|se cae|le da|me da)|peligro\w*|cristales|"
        + @"blesse\w*|blessure|coupure|saign\w*|brule\w*|brulure|urgences|hopital|intoxiqu\w*|intoxication|allergi\w*|anaphyla\w*|coeliaque|etouff\w*|dans la bouche|avale|fumee|fumer|fume|feu|incendie|etincelles?|odeur de brule|decharge|electrocut\w*|explose|explosion|fuite de gaz|failli (renverser|ecraser|tomber|tuer|bruler|s'etouffer)|dangere\w*|"
        + @"verletz\w*|schnittwunde|geschnitten|blut\w*|verbrann\w*|brandgeruch|brandgefahr|in brand|notaufnahme|krankenhaus|notarzt|vergiftung|lebensmittelvergiftung|allergisch\w*|anaphyla\w*|zoliak\w*|verschluck\w*|im mund|rauch|qualm\w*|gequalmt|angeschmort|feuer|funken|stromschlag|explod\w*|gasgeruch|fast (hatte|ware|uberfahren|erwischt|gestorben)|beinahe|gefahr\w*|scherben|brennen|"
        + @"ferid[oa]s?|me cortei|sangr\w*|queim\w*|pronto[- ]socorro|hospital|ambulancia|intoxica\w*|alergi\w*|anafila\w*|celiac[oa]|engasg\w*|na boca|engoli\w*|fumaca|fogo|incendi\w*|faiscas?|cheiro de queimado|choque|explod\w*|vazamento de gas|quase (atropel\w*|caiu|matou|morreu)|perigo\w*|cacos|"
        + @"gewond|snee|gesneden|bloed|bloedde|bloeden|bloeding|verbrand\w*|brandlucht|brandgevaar|in brand|eerste hulp|spoedeisende|ziekenhuis|vergiftig\w*|voedselvergiftiging|allergi\w*|anafyla\w*|coeliakie|verslik\w*|in (zijn|haar|mijn) mond|rookte|rookt|rookwolk\w*|rookontwikkeling|(kwam|komt|sloeg|steeg|overal|veel|zwarte|witte|dikke) rook|rook (kwam|uit)|begon te roken|vuur|vonken|schok|ontplof\w*|gaslucht|bijna (geraakt|aangereden|overreden|gestikt)|raakte bijna|gevaar\w*|scherven)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Safety();

    [GeneratedRegex(@"\b(medic(ation|ine|ines|al device)|meds|insulin|oxygen|cpap|inhaler|hearing aids?|blood pressure|glucose|blood sugar|diabet\w*|prescription|pharmacy|pacemaker|nebuli[sz]er|epilep\w*|seizures?|(can'?t|cannot|barely) breathe|dialysis|chemo\w*|"
        + @"medicamentos?|medicacion|insulina|oxigeno|inhalador|audifonos?|tensiometro|glucometro|glucosa|receta|farmacia|dosis|marcapasos|no puedo respirar|epilep\w*|"
        + @"medicaments?|traitement|insuline|oxygene|inhalateur|appareil auditif|aide auditive|appareils auditifs|tensiometre|glycemie|ordonnance|pharmacie|respirer|"
        + @"medikament\w*|arznei\w*|sauerstoff\w*|inhalator|horgerat\w*|blutdruck\w*|blutzucker\w*|rezept|apotheke|dosis|herzschrittmacher|atmen|"
        + @"medicamentos?|remedios?|oxigenio|inalador|aparelho auditivo|aparelho de pressao|glicemia|glicosimetro|receita|farmacia|dose dupla|marca-passo|respirar|"
        + @"medicijn\w*|medicatie|insuline|zuurstof\w*|hoorapparaat|bloeddruk\w*|bloedsuiker\w*|recept|apotheek|dosis|ademen)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Health();

    [GeneratedRegex(@"\b((8[0-9]|9[0-9]|1[01][0-9]) ?(years|yrs|yo|y/o|ans|jahre|anos|jaar)|(grandma|grandmother|grandad|grandpa|grandfather|granny|gran|nan|nana|mum|mom|mother|dad|father|abuel[oa]|avo|grand[- ]?mere|grand[- ]?pere|oma|opa|mutter|vater|moeder|vader|madre|padre|mae|pai|mere|pere)\b[^.,!?]{0,12}\b([7-9][0-9]|1[01][0-9])\b|elderly|pensioner|dementia|alzheimer\w*|memory (problems|loss)|disab\w*|wheelchair\w*|(nearly|almost|partially|legally|half) blind|deaf|visually impaired|partially sighted|autis\w*|learning (difficult|disabilit)\w*|passed away|bereave\w*|widow\w*|funeral|deceased|(husband|wife|mum|mom|dad|mother|father|son|daughter|partner) (has |had )?died|carer|terminally|"
        + @"abuel[oa]s?|ancian[oa]s?|jubilad[oa]|demencia|discapacid\w*|silla de ruedas|ciega|ciego|sord[oa]|fallec\w*|murio|viud[oa]|embarazada|cuidador[a]?|"
        + @"grand[- ]?(mere|pere)|personne agee|dement\w*|demence|handicap\w*|fauteuil|aveugle|malvoyant\w*|sourde?|deced\w*|veuf|veuve|obseques|enceinte|"
        + @"oma|opa|rentner\w*|dement|demenz|behindert\w*|behinderung|rollstuhl\w*|sehbehindert\w*|gehorlos|taub|verstorben|gestorben|witwe\w*|beerdigung|schwanger|pflegefall|pflegebedurftig|"
        + @"avo|avos|idos[oa]s?|aposentad[oa]|deficien\w*|cadeira de rodas|cadeirante|ceg[oa]|surd[oa]|falec\w*|morreu|viuv[oa]|gravida|"
        + @"bejaard\w*|dementie|gehandicapt|beperking|rolstoel\w*|slechtziend|doof|overleden|gestorven|weduw\w*|begrafenis|zwanger)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Vulnerable();

    [GeneratedRegex(@"\b(lawyers?|attorneys?|solicitors?|sue|suing|lawsuit|legal action|(to|in|into|at|before a) court|court (case|action|claim|order|hearing|date|papers)|small claims|trading standards|consumer protection|ombudsman|chargeback|charge back|(going to|contact|call|ask|through|via) my bank|bank dispute|dispute the (charge|payment)|ico|gdpr|data protection|regulator|ofcom|ofgem|fca|report you|formal complaint|"
        + @"abogad[oa]s?|demandar\w*|demanda judicial|denunci\w*|tribunal(es)?|juzgado|acciones legales|consumo|omic|facua|ocu|hoja de reclamaciones|reclamacion formal|devolucion bancaria|aepd|proteccion de datos|"
        + @"avocats?|proces|tribunal|porter plainte|plainte|poursuivre|poursuites|justice|mise en demeure|huissier|dgccrf|cnil|rgpd|opposition|mediateur|que choisir|"
        + @"anwalt|anwaltin|rechtsanwalt|klage|verklagen|gericht|verbraucherzentrale|rechtliche schritte|datenschutz\w*|dsgvo|schlichtungsstelle|ruckbuchung|zuruckbuchen|bundesnetzagentur|"
        + @"advogad[oa]s?|processar|processo|procon|justica|reclame aqui|deco|livro de reclamacoes|lgpd|anpd|protecao de dados|juizado|pequenas causas|"
        + @"advocaat|rechtszaak|aanklagen|rechter|juridisch\w*|geschillencommissie|consumentenbond|autoriteit persoonsgegevens|avg|acm|storneer\w*|terugboek\w*|aangifte)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Legal();

    private const string DamageVerbs = @"(scratch\w*|scrap\w*|dent\w*|smash\w*|broke|broken|crack\w*|damag\w*|ruin\w*|gouge\w*|drove over|ran over|reversed into|knocked (over|down|off)|demolish\w*|(ripped|tore|pulled|broke) (it )?(off|out)|"
        + @"raya\w*|rayo|rompi\w*|golpe\w*|dan\w*|abolla\w*|destroz\w*|arranc\w*|descuadrad\w*|demolid\w*|"
        + @"ray\w*|cass\w*|abim\w*|endommag\w*|defonc\w*|roule sur|cogn\w*|arrach\w*|demoli\w*|"
        + @"zerkratz\w*|kaputt\w*|beschadig\w*|umgefahren|zerbroch\w*|verbogen|gesplittert|eingedellt|ramponiert|zerstort|demoliert|abgerissen|rausgerissen|herausgerissen|abgebrochen|"
        + @"risc\w*|quebr\w*|amass\w*|bateram|danific\w*|estrag\w*|passou (com a moto )?por cima|demolid\w*|arrancad\w*|arrancaram|"
        + @"beschadigd|kapot\w*|gekrast|krassen|brak|geknald|ingedeukt|reed over|overreden|gesloopt|vernield|afgebroken|eraf (getrokken|gebroken)|losgetrokken|uitgetrokken|doorgeboord)";

    internal const string PropertyNouns = @"(walls?|floors?|doors?|door ?frame|front door|gate|fence|car|garden|flower ?beds?|lawn|greenhouse|windows?|stairs|banister|railing|hallway|porch|mailbox|letterbox|driveway|parquet|carpet|ceiling|picture frame|tiles|skirting( boards?)?|handrail|bannister|worktop|countertop|paintwork|plaster|wallpaper|laminate|(water )?pipes?|bathroom door|garden pot|plant pot|flower ?pot|"
        + @"pared|suelo|puerta|verja|valla|coche|jardin|maceta|ventana|escalera|barandilla|pasillo|buzon|parquet|techo|cuadro|cesped|entrada|rodapie|azulejos|baldosas|tuberia|caneria|tarima|pasamanos|"
        + @"mur|sol|porte|portail|cloture|voiture|jardin|plates?-bandes|pot|serre|fenetre|escalier|rampe|couloir|boite aux lettres|plafond|cadre|plinthe|carrelage|tuyau|canalisation|papier peint|chambranle|"
        + @"wand|boden|tur|haustur|tor|zaun|auto|garten|blumen\w*|fenster|treppe|gelander|flur|briefkasten|parkett|decke|bild|rahmen|stufe|einfahrt|badtur|badezimmertur|wohnungstur|eingangstur|zimmertur|treppengelander|handlauf|fliesen|laminat|wasserleitung|leitung|rohr|fussleiste|sockelleiste|zarge|tapete|"
        + @"parede|chao|porta|portao|cerca|carro|jardim|vaso|estufa|janela|escada|corrimao|corredor|caixa de correio|piso|teto|quadro|batente|rodape|azulejos?|ladrilhos|cano|canalizacao|tubulacao|papel de parede|soalho|"
        + @"muur|vloer|deur|voordeur|hek|schutting|tuin|border|bloempot|kas|raam|trap|leuning|gang|brievenbus|parket|plafond|lijst|kozijn|oprit|trapleuning|keukenvloer|badkamervloer|achterdeur|badkamerdeur|binnendeur|tuinmuur|gevel|plinten|tegels|tegelvloer|laminaat|waterleiding|leiding|aanrecht)";

    [GeneratedRegex(@"\b" + DamageVerbs + @"\b[^.!?]{0,45}\b" + PropertyNouns + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex Damage();

    [GeneratedRegex(@"\b" + PropertyNouns + @"\b[^.!?]{0,45}\b" + DamageVerbs + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex DamageAfterProperty();

    [GeneratedRegex(@"\b((3rd|4th|5th|6th|third|fourth|fifth|sixth|tenth|tercer[ao]?|cuarta|quinta|troisieme|quatrieme|cinquieme|[3-9]e|[3-9]eme|dritte|vierte|funfte|terceira|quarta|derde|vierde|vijfde) (time|chat|mail|email|e-mail|message|call|vez|mensaje|correo|llamada|fois|appel|mal|nachricht|anruf|mensagem|ligacao|keer|bericht|telefoontje)|"
        + @"(called|phoned|rang|rung|rung you|emailed|written|wrote|contacted|chased|complained|messaged|chatted|asked)\b[^.!?]{0,20}\b([2-9]|two|three|four|five|six|several|multiple|many|countless) times|([2-9]|several|multiple) (calls|emails|chats|messages|contacts)|times already|again and again|still no (answer|reply|response|callback)|promised (a |me a )?call ?back|call ?back (was )?promised|promised[^.!?]{0,30}(call|ring|phone)|nobody (called|rang|phoned) (me )?back|never called (me )?back|"
        + @"(llamado|escrito|reclamado|contactado|preguntado)\b[^.!?]{0,15}\b([2-9]|dos|tres|cuatro|cinco|varias|muchas|mil) veces|([2-9]|varias|tres|cuatro|cinco) veces (he|que) (llamado|escrito|contactado|reclamado)|ya van ([2-9]|dos|tres|cuatro|cinco|varias) (llamadas|correos|mensajes|veces|reclamaciones)|promesa incumplida|segunda promesa|nadie me (devuelve|ha devuelto) la llamada|me prometieron (una )?llamada|"
        + @"(appele|ecrit|relance|contacte|reclame)\b[^.!?]{0,15}\b([2-9]|deux|trois|quatre|cinq|plusieurs) fois|([2-9]|plusieurs) (contacts|appels|messages|mails)|promesse non tenue|promis un rappel|personne ne (me )?rappelle|toujours pas de reponse|"
        + @"zum (zweiten|dritten|vierten|x-ten) mal|(schon|bereits) ([2-9]|mehrmals|zwei|drei|vier|funf|x) ?(mal )?(angerufen|geschrieben|nachgefragt|gemeldet)|ruckruf[^.!?]{0,30}versprochen|versprochen[^.!?]{0,20}ruckruf|zweimal versprochen|immer noch keine antwort|niemand ruft zuruck|"
        + @"(liguei|escrevi|reclamei|contatei|falei)\b[^.!?]{0,15}\b([2-9]|duas|tres|quatro|cinco|varias) vezes|promessa nao cumprida|segunda promessa|ninguem (me )?retorn\w*|ainda sem resposta|sempre ""|"
        + @"(al|nu al) ([2-9]|drie|vier|meerdere) keer (gebeld|gemaild|geschreven|contact)|([2-9]|meerdere) keer contact|beloofd[^.!?]{0,30}terug te bellen|terugbellen[^.!?]{0,20}beloofd|nog steeds geen (antwoord|reactie)|niemand belt (me )?terug|steeds "")", RegexOptions.NonBacktracking)]
    public static partial Regex RepeatedContact();

    [GeneratedRegex(@"\b(cancel(l?ing|l?ed)? (everything|it all|all|my (account|subscription|contract|membership|plan|order))|close my account|closing my account|switch(ing)? to|(going|go|move|moving|off|leaving for|switch\w*) to (a |the )?competitor|(voy|vamos|paso|cambio|marcho)\w* (a|con) la competencia|(para|pra) a concorrencia|(pars|vais|passe|casse|file)\w* (chez|a) la concurrence|(zur|zu der) konkurrenz|naar de concurrent(ie)?|take my (business|money) elsewhere|never (buying|ordering|shopping) (from|with|here)|i'?m (leaving|done|switching|out)|lost a customer|avoid you|"
        + @"(cancelar|cerrar|cancelad|cancelen) (mi|mis|la|el) (cuenta|suscripcion|contrato|pedido)|cancelo todo|darme de baja|me doy de baja|me cambio a|me voy|perdieron un cliente|"
        + @"resili\w*|fermer mon compte|je ferme mon compte|je pars chez|je vais chez (la )?concurrence|vous avez perdu un client|"
        + @"kundig\w*|konto (schliessen|loschen)|wechsle zu|zur konkurrenz|kunden verloren|ich bin raus|bin weg|"
        + @"cancel(ar|em|ando|amento|ei)\w*|vou (mudar|trocar) para|perderam um cliente|to fora|"
        + @"opzeg\w*|zeg\b[^.!?]{0,30}\bop|overstappen naar|stap over naar|klant kwijt|ik ben weg)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Churn();

    [GeneratedRegex(@"\b(furious|livid|disgrace\w*|disgusting|shameful|outrage\w*|appalling|ridiculous|scandal\w*|fed up|sick of|"
        + @"furios[oa]|harto|harta|hasta las narices|chega|verguenza|vergonzoso|indignad[oa]|estoy que trino|"
        + @"furieu(x|se)|scandale\w*|honteu(x|se)|inadmissible|ras le bol|en colere|"
        + @"wutend|stinksauer|sauer|unverschamt|frechheit|das letzte|skandal\w*|"
        + @"furios[oa]|vergonh\w*|absurdo|revoltad[oa]|indignad[oa]|"
        + @"woest|woedend|schandalig|belachelijk|schande)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Anger();

    [GeneratedRegex(@"\b(called me (a|an)\b|shout(ed|ing) at|scream(ed|ing) at|yell(ed|ing) at|swore at|threat\w*|harass\w*|intimidat\w*|comments about my (body|looks|appearance)|touched me|grabbed (me|my)|pushed me|accused me|racist|sexist|unsafe|stalk\w*|wanted my number|i know where you live|"
        + @"insult\w*|amenaz\w*|acos\w*|me grito|grito|comentarios sobre mi (cuerpo|fisico)|me agarro|me empujo|me acuso|pase miedo|me toco|"
        + @"m'a traitee?|menac\w*|harcel\w*|remarques sur mon (physique|corps)|m'a accusee?|en danger|agress\w*|"
        + @"angeschrien|angebrullt|beleidigt|beschimpft|bedroht|gedroht|belastigt|angemacht|begrapscht|gepackt|geschubst|bezeichnet|unheimlich|"
        + @"gritou|me xingou|xing\w*|me chamou de|ameac\w*|assedi\w*|comentarios sobre (o )?meu corpo|me segurou|me empurrou|me acusou|fiquei com medo|me tocou|"
        + @"schreeuwde|uitgescholden|scheld\w*|noemde (me|mij)|bedreig\w*|dreigde|lastiggevallen|intimid\w*|opmerkingen over mijn (lichaam|uiterlijk)|greep mijn|duwde|beschuldigde|onveilig|"
        + @"idiots?|morons?|retarded|bitch|idiotas?|imbeciles?|gilipollas|cabrones?|hijos de puta|connards?|connasse|encules?|abrutis?|arschloch|arschlocher|vollidioten?|idioten|wichser|imbecis|otarios?|klootzakken?|debielen?|eikels?|sukkels?)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Abuse();
}
