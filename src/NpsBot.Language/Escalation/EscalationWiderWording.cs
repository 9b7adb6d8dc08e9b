using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, seventh round (esc12e): wider wording for each reason, written by kind from batch f's misses
/// (tests/…/Escalation/MISS-KINDS-2026-12-02-f.md) in all six languages, over folded text: "a real employee", someone who
/// can decide, "put me through"; a bystander who fell on ice, a loose handrail, a door closing on a pram, a device that
/// started smoking or sparked and tripped the fuses, a piece of metal in food, a swollen knee; medicine compounds
/// ("herhaalrecept", "Herztabletten"), fever, the on-call doctor or pharmacy, wrong pills; nobody called back, the
/// n-th call, one problem chased through several channels; shouting and sexual insults in every language, a worker who
/// would not leave; a formal complaint or a bank reversal in Portuguese; damage at a garage, car wash or by a window
/// cleaner, a lorry reversed into a wall, damage then denied. Recall first; hand-written, no published lexicon exists.
/// </summary>
public static partial class EscalationWiderWording
{
    [GeneratedRegex(@"\b(real (agent|employee|staff member|advis[eo]r|human being|live person)|actual (human|person|human being|agent)|not (a|an|this|your) (chat ?bot|virtual assistant|automated (loop|system|reply))|(someone|somebody|a person) with (actual |real |some )?(authority|power)|someone who can (actually )?(decide|help)|escalate (this |it |my case )?to (your|a|the) |put me through to|connect me (to|with) |"
        + @"vrai (conseiller|agent|humain|interlocuteur)|(un|a un) etre humain|pas (a )?(un|votre|ce) (chatbot|assistant virtuel|robot)|qui (peut|puisse) decider|(mettez|mets)[- ]moi en (relation|contact)|transmettre a (votre|un|le) (chef|responsable|superieur)|chef de service|quelqu'un de competent|"
        + @"echte[nm]? (mitarbeiter\w*|menschen|person|ansprechpartner)|nicht (mit )?(diesem|dem|einem) (chatbot|bot|sprachcomputer)|entscheidungsbefugnis|(an|zu) (ihren|ihrem|den|dem|einen|einem) (vorgesetzten|chef|teamleiter)|verbinden sie mich|verbindet mich|jemandem?,? der sich auskennt|"
        + @"(agente|persona|humano|asesor|operador) de verdad|persona real|no (este|un|con el|con un) (asistente virtual|chatbot|robot)|que (pueda|puede) decidir|(pasen|pasenle|pasad|pasale)\w* (mi caso )?a (su|tu|vuestro) (jefe|responsable|supervisor)|pongame con|ponme con|ponganme con|alguien que sepa|"
        + @"(atendente|pessoa|humano|operador) de verdade|pessoa real|nao (com )?(esse|este|um|o) (assistente virtual|robo|chatbot)|poder de decisao|(encaminhem|encaminhe|passem|passe) (\w+ )?(para|pro|ao) (o )?(supervisor|gerente|responsavel|chefe)|me transfer[ae]|alguem que entenda|"
        + @"echte? (medewerker|persoon|mens)|een mens aan de lijn|niet (die|de|een|met de) (digitale assistent|chatbot|bot)|iets kan beslissen|(zet|stuur) (dit |het )?door naar|verbind (me|mij) (\w+ )?door|iemand die er verstand van heeft)", RegexOptions.NonBacktracking)]
    public static partial Regex SomeoneReal();

    [GeneratedRegex(@"\b((icy|iced|frozen|ungritted|unsalted) (steps|stairs|path|pavement|entrance|car park|ramp)|(a man|a woman|an old (man|lady|woman)|someone|somebody|a lady|a gentleman) (\w+ )?(fell|slipped|went down)|"
        + @"(escaliers?|marches|trottoir|parking|entree) (\w+ ){0,3}(verglace\w*|gele\w*)|(un monsieur|une dame|quelqu'un|une personne|une vieille dame|un vieux monsieur) (\w+ )?(est tombee?|a glisse|a chute)|"
        + @"glatteis|nicht gestreut|ungestreut|(treppe|stufen|gehweg|eingang|parkplatz) (\w+ ){0,3}(vereist|zugefroren)|(ein mann|eine frau|jemand|eine altere dame|ein alterer herr) (ist )?(\w+ )?(gesturzt|hingefallen|ausgerutscht)|"
        + @"(escaleras?|acera|escalones|parking|rampa) (\w+ ){0,3}(helad[oa]s?|congelad[oa]s?|con hielo)|(un senor|una senora|alguien|una persona|un hombre|una mujer) (\w+ )?(se cayo|resbalo|se resbalo)|"
        + @"(escadas?|calcada|degraus|estacionamento|rampa) (\w+ ){0,3}(congelad[oa]s?|com gelo)|(um senhor|uma senhora|alguem|uma pessoa|um homem|uma mulher) (\w+ )?(caiu|escorregou|levou um tombo)|"
        + @"(trap|stoep|trappen|parkeerplaats|ingang|helling) (\w+ ){0,3}(glad|bevroren|ijzel)|(een man|een vrouw|iemand|een meneer|een mevrouw|een oudere (man|vrouw|dame)) (is )?(\w+ )?(gevallen|uitgegleden)|"
        + @"(handrail|railing|banister|rampe|garde-corps|gelander|handlauf|barandilla|pasamanos|corrimao|leuning|trapleuning)\b[^.!?]{0,40}\b(came off|came away|gave way|loose|broke|wobbl\w*|descell\w*|cede|lache|locker|los|abgebrochen|se solto|suelta|cedio|soltou|solto|cedeu|liet los|brak|kapot)|"
        + @"(nearly|almost) (went down|fell down|went flying|fell off)|(ware|waere) (\w+ )?fast (\w+ )?(runtergefallen|hingefallen|gesturzt|gefallen)|casi me caigo|casi se cae|quase (rolei|caio|cai|caiu|levei um tombo)|(viel|val|vielen) bijna|bijna gevallen|"
        + @"(door|doors|porte|portes|tur|turen|puerta|puertas|porta|portas|deur|deuren)\b[^.!?]{0,25}\b(clos\w*|shut|slamm\w*|ferme\w*|referme\w*|schloss|zugegangen|zugeknallt|cerro|cerraron|fechou|fecharam|bateu|sloot|dichtging|ging dicht|viel dicht)\b[^.!?]{0,30}\b(pram|buggy|pushchair|stroller|poussette|landau|kinderwagen|carrito|cochecito|carrinho|wandelwagen)|"
        + @"with (my|the|a) (baby|newborn|toddler) (still )?(in|inside)|avec (mon|le|un) bebe dedans|mit (meinem|dem|einem) baby (noch )?drin|con (mi|el|un) bebe dentro|com o (meu )?bebe (la )?dentro|met (mijn|de|een) baby (er)?in|"
        + @"with (my|the|a) (baby|newborn|toddler) (still )?(in|inside))\b", RegexOptions.NonBacktracking)]
    public static partial Regex HazardsTold();

    [GeneratedRegex(@"\b((started|starting|began|begun) (to )?smok(e|ing)|burn(ed|t)? (the (whole )?\w+ )?down|(se mettre|s'est mise?|a commence) a fumer|(bruler|cramer) (toute? )?(la|le) (maison|garage|cave|abri)|(angefangen|fing an|beginnt) (zu )?(qualmen|rauchen)|abbrennen|abgebrannt|"
        + @"(echar|echando|echo|empezo a echar) humo|(quemar|arder) (toda|todo) (la|el) (casa|garaje|trastero)|(soltar|soltando|soltou|comecou a soltar) fumaca|pegar fogo|pegou fogo|(gaan|begon|begint|ging) (te )?roken|afbranden|afgebrand|in de fik|"
        + @"sparked|(tripped|blew) (the )?(whole )?(house|fuses?|breaker|electrics|trip switch)|sauter les plombs|sicherung (\w+ )?(rausgehauen|rausgeflogen|geflogen)|saltaron los plomos|salto el diferencial|desarmou o disjuntor|caiu o disjuntor|(stoppen|aardlek) (\w+ )?(sloegen|sloeg) door|vonkte|gefunkt|"
        + @"(a |one )?(bit|piece|chunk) of (wire|metal|glass|bone)|(un )?(morceau|bout|eclat) de (metal|fer|verre|plastique|fil)|(ein )?(stuck|stuckchen|splitter) (metall|glas|draht|plastik)|(un )?(trozo|pedazo|trocito|cacho) de (metal|cristal|vidrio|plastico|alambre)|(um )?(pedaco|pedacinho|caco) de (metal|vidro|plastico|arame)|(een )?(stuk|stukje) (metaal|glas|plastic|ijzerdraad)|"
        + @"(knee|ankle|wrist|hand|foot) (is |was |went )?(all )?(swollen|black and blue)|(genou|cheville|poignet) (\w+ )?(gonfle|enfle)|(knie|knochel|handgelenk|fuss) (ist )?(\w+ )?(dick|geschwollen|blau)|(rodilla|tobillo|muneca) (\w+ )?(hinchad[oa]|morad[oa])|(joelho|tornozelo|pulso) (\w+ )?(inchad[oa]|roxo)|(knie|enkel|pols) (is )?(\w+ )?(dik|gezwollen|blauw)|"
        + @"(children|kids|enfants|kinder|ninos|criancas|kinderen)\b[^.!?]{0,30}\b(stuck|trapped|coinces|bloques|eingesperrt|steckten fest|feststeckten|atrapados|encerrados|presas|presos|vast|opgesloten))\b", RegexOptions.NonBacktracking)]
    public static partial Regex DevicesAndBodiesHarmed();

    [GeneratedRegex(@"\b(\w+(medicatie|medicijnen|recept|pillen|tabletten|medikamente|apotheek|apotheke|insuline|insulin)|pills|tablets (from|at) the (pharmacy|chemist)|wrong (dose|dosage|tablets|pills|medicine)|someone else'?s (tablets|pills|prescription|medicine)|fever|temperature of (3[89]|4[0-2])|out of hours|on-?call (doctor|gp|pharmacy)|palpitations|anticoagul\w*|blood thinners?|diabetic|"
        + @"mauvais (dosage|medicament|traitement)|fievre|de garde|medecin de garde|sos medecins|vertiges|palpitations|anticoagula\w*|diabetique|cachets|comprimes|"
        + @"tabletten|pillen|falsche (tabletten|medikamente|dosis)|fieber|bereitschaftsdienst|notdienst|notfallpraxis|herzrasen|blutverdunner\w*|diabetiker\w*|"
        + @"pastillas|comprimidos|fiebre|febre|de guardia|plantao|taquicardia|palpitaciones|palpitacoes|anticoagulante\w*|diabetic[oa]|diabetes|insulina|"
        + @"koorts|huisartsenpost|dienstapotheek|hartkloppingen|bloedverdunner\w*|diabeet|diabetes)\b", RegexOptions.NonBacktracking)]
    public static partial Regex CareAtStake();

    [GeneratedRegex(@"\b((nobody|no one|no-one|noone) (has )?(ever )?(called|rang|phoned|rung|got back|rang back|called back|did)|never (heard|got a call|called back)|(third|fourth|fifth|sixth|seventh|3rd|4th|5th|6th|7th) (call|email|e-mail|ticket|complaint|chat)|(third|fourth|fifth|sixth|seventh|3rd|4th|5th|6th|7th) time (that )?i'?(ve| have)? ?(called|rung|rang|phoned|emailed|written|asked|complained|contacted|chased|reported)|"
        + @"personne (ne )?(m'a |l'a |n'a )?(jamais )?(rappelee?|appelee?|fait|repondu)|personne ne (m'a|l'a|n'a) (jamais )?\w+|(troisieme|quatrieme|cinquieme|sixieme|3e|4e|5e|6e) (appel|mail|ticket|reclamation|relance)|(fois|foi) que j'(appelle|ecris|ouvre|relance|reclame|signale)|"
        + @"(nie|niemand) (hat )?(jemand )?(\w+ )?(angerufen|zuruckgerufen|gemeldet)|angerufen hat (nie|niemand)|(dritte[rns]?|vierte[rns]?|funfte[rns]?|sechste[rns]?) (anruf|mail|ticket|reklamation|beschwerde)|(dritte|vierte|funfte|sechste)n? mal,? dass ich (anrufe|schreibe|nachfrage)|"
        + @"nadie (me )?(ha )?(llamo|llamado|devolvio|contesto|respondio)|nunca (me )?(llamo|llamaron) nadie|(tercera|cuarta|quinta|sexta) (llamada|incidencia|reclamacion|queja)|(tercera|cuarta|quinta|sexta) vez que (llamo|escribo|reclamo|pido|aviso)|"
        + @"ninguem (me )?(ligou|retornou|respondeu|liga|retorna)|(terceira|quarta|quinta|sexta) (ligacao|reclamacao)|(terceira|quarta|quinta|sexta) vez que (ligo|escrevo|reclamo|peco|aviso)|(terceiro|quarto|quinto|sexto|3o|4o|5o) (chamado|protocolo|email|pedido)|"
        + @"niemand (heeft )?(ooit )?(gebeld|teruggebeld|gereageerd)|nooit (meer )?iemand (gehoord|gesproken)|(derde|vierde|vijfde|zesde) (ticket|mail|klacht|melding)|(derde|vierde|vijfde|zesde) keer dat ik (bel|mail|schrijf|vraag|meld)|"
        + @"(e-?mails?|mail|correo|courriel|email)\b[^.!?\[\]@0-9]{0,15}\b(phone|telephone|telefon|telefono|telefone|telefoon|twitter|facebook|instagram|chat)|(phone|telephone|telefon|telefono|telefone|telefoon)\b[^.!?\[\]@0-9]{0,15}\b(twitter|facebook|instagram|e-?mail|mail|correo|courriel|kontaktformular))\b", RegexOptions.NonBacktracking)]
    public static partial Regex NobodyCameBack();

    [GeneratedRegex(@"\b(slag|slut|whore|slapper|(wouldn'?t|would not|didn'?t|refused to) leave|(kept|keeps|keep) asking (for )?(my number|me out|if i|whether i|for a date)|i felt (really |very |so )?(uncomfortable|unsafe|scared|threatened)|smash my face|punch me|"
        + @"(crie|crier|criait|hurle|hurlait|hurler|gueule|gueulait) (sur|contre) (moi|ma|mon|mes|lui|elle|nous|les)|(m'a|lui a|nous a|leur a) (crie|hurle|gueule) dessus|traitee? de (voleur|voleuse|menteur|menteuse|con|conne|salope|pute|folle|fou)|salope|pute|(fait|faisait) des avances|tire par le bras|je me suis sentie? (\w+ )?(mal a l'aise|en insecurite)|"
        + @"schlampe|hure|fotze|(eine |eins )?reinzuhauen|eine reinhauen|nach meiner (nummer|telefonnummer)|wollte nicht gehen|mir war (\w+ )?unwohl|"
        + @"zorra|guarra|partirme la cara|pedirme el (telefono|numero)|no se quer(i|ia) ir|me senti (\w+ )?(incomoda|incomodo|insegura|acosada)|"
        + @"vagabunda|vadia|piranha|me dar um soco|pedindo (o )?meu (numero|telefone)|nao queria ir embora|fiquei (\w+ )?(desconfortavel|constrangida)|"
        + @"slet|hoer|trut|kutwijf|op (mijn|m'n) bek|om mijn (nummer|telefoonnummer)|wilde niet weggaan|voelde me (\w+ )?(ongemakkelijk|onveilig)|schreeuwde tegen)\b", RegexOptions.NonBacktracking)]
    public static partial Regex InsultsAndPressure();

    [GeneratedRegex(@"\b(fa(co|zer|rei|ço) (uma )?queixa|apresent\w* (uma )?queixa|queixa (formal|contra|a|na|no|ao)|(estorno|chargeback) (ao|no|pelo|junto ao) banco|contestar (\w+ )?(no|junto ao|com o) banco|cnpd|defesa do consumidor|"
        + @"advertising standards|\basa\b|signalement|naar de rechter|acm|autoriteit persoonsgegevens|geschillencommissie|advocaat)\b", RegexOptions.NonBacktracking)]
    public static partial Regex FormalSteps();

    private const string Places = @"(mechanics?|garage|workshop|body ?shop|car ?wash|valet\w*|window cleaners?|gardeners?|cleaners?|"
        + @"garagiste|mecanicien|carrossier|(le )?garage|lavage|station de lavage|laveur de vitres|jardinier|femme de menage|"
        + @"werkstatt|autowerkstatt|mechaniker|autowasche|waschanlage|waschstrasse|fensterputzer|gartner|reinigungskraft|mobelpacker|putzfrau|"
        + @"taller|mecanico|lavadero|limpiacristales|jardinero|limpiadora|"
        + @"oficina|mecanico|lava-?rapido|lava-?jato|limpador de vidros|jardineiro|faxineira|diarista|"
        + @"garage|autowasstraat|wasstraat|glazenwasser|hovenier|tuinman|schoonmaker|werkplaats)";

    private const string Harm = @"(stripped|ruined|knocked (down|over|a chunk)|took a chunk|ripped (off|out)|smashed|cracked|scratched|dented|broke|broken|damaged|"
        + @"abime\w*|raye\w*|perce[es]{0,2}|defonce\w*|casse\w*|arrache\w*|fissure\w*|"
        + @"abgerissen|gerissen|gesprungen|zerkratzt|verkratzt|kaputt\w*|beschadigt|eingedellt|zerbrochen|"
        + @"arrancaron|arranco|rajo|rajaron|rayaron|rayo|rompieron|rompio|tiro|tiraron|abollaron|"
        + @"arrancaram|arrancou|rachou|racharam|riscaram|riscou|quebrou|quebraram|derrubou|derrubaram|amassaram|"
        + @"bekrast|gekrast|getrokken|gerukt|gebroken|beschadigd|kapot\w*|gedeukt|ligt om)";

    [GeneratedRegex(@"\b(" + Places + @"\b[^.!?]{0,80}\b" + Harm + @"|"
        + @"(lorry|van|truck|driver|camion|camionnette|lkw|transporter|fahrer|camion|furgoneta|caminhao|carrinha|vrachtwagen|busje|bestelbus|chauffeur|bezorger)\b[^.!?]{0,60}\b(into|against|contre|gegen|contra|no|na|tegen)\b[^.!?]{0,25}\b(wall|fence|gate|hedge|mur|muret|portail|cloture|haie|mauer|gartenmauer|zaun|gartenzaun|tor|hecke|muro|valla|verja|porton|portao|cerca|muur|tuinmuur|schutting|hek|heg)|"
        + @"reversed into|backed into|(rucklings|ruckwarts) gegen|marcha atras contra|deu re (no|na)|achteruit tegen|en reculant|"
        + @"(tegen|gegen) (mijn|meine?n?) (\w+ )?(schutting|hek|muur|zaun|mauer|tor) (\w+ )?(aangereden|gereden|gefahren))\b", RegexOptions.NonBacktracking)]
    public static partial Regex DamageAtTheirPlaceOrVehicle();

    /// <summary>Damage done, then denied ("and now they deny it", "refusent de le reconnaître", "lo niegan").</summary>
    [GeneratedRegex(@"\b(" + Harm + @"\b[^.!?]{0,60}\b(and|et|und|y|e|en) (now )?(den(y|ies|ied) (it|doing it|everything)|won'?t admit|(refuse|refusent|refusait) (de )?(le )?reconna[iî]tre|le nie(nt)?|streite\w* (es )?ab|abgestritten|leugne\w*|lo niegan?|dicen que ya estaba|neg(a|am|aram|ou)|dizem que ja estava|ontken\w*))\b", RegexOptions.NonBacktracking)]
    public static partial Regex DamageDenied();
}
