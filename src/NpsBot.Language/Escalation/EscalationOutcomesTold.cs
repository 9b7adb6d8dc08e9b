using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, tenth round (esc12j): reasons told by what happened instead of by the reason's word, from the kinds of batch
/// i's misses (tests/…/Escalation/MISS-KINDS-2026-12-02-i.md), in all six languages over folded text: a near-miss told by
/// motion, a device that swelled or smoked, slippery stairs without a rail; illness and hospital after a meal, a coeliac
/// reaction, urgent medicine out of reach; vehicles ramming, paint on furniture, fittings torn out; slurs; letters and
/// complaints counted; consumer-protection offices; Down syndrome. General wording, never one line's.
/// </summary>
public static partial class EscalationOutcomesTold
{
    /// <summary>Something that nearly fell, tipped or hit someone, a child that nearly reached a road, a device that swelled, smoked or got hot, a slip on stairs.</summary>
    [GeneratedRegex(@"\b((nearly|almost) (tipped|toppled|fell|came down|hit|reached the road|ran into the road)|(just )?(missed|grazed|brushed) (my|his|her|our) (head|face|son|daughter|child)|(battery|power ?bank|charger|phone|vape)\b[^.!?]{0,30}\b(swell\w*|swollen|bulg\w*|got hot|smok\w*)|(no|without a) (handrail|railing|banister)|"
        + @"(a failli|a manque de|faillit) (basculer|tomber|s'effondrer|nous tomber|lui tomber)|(m'a|lui a|nous a) frole la tete|(batterie|chargeur|telephone)\b[^.!?]{0,30}\b(gonfle\w*|chauffe\w*|fume\w*|fumee)|sans (rampe|main courante)|"
        + @"(ware|waere|waren|hatte|ist) (\w+ ){0,3}fast (\w+ ){0,3}(erfasst|umgekippt|umgefallen|getroffen|erschlagen)|(knapp|haarscharf) (\w+ ){0,2}(verfehlt|am kopf vorbei)|(akku|powerbank|ladegerat|handy)\b[^.!?]{0,30}\b(aufgeblaht|aufgequollen|heiss|qualmt\w*|rauch\w*)|ohne gelander|"
        + @"casi (se )?(vuelca|volco|cae|cayo|me cae|le cae|sale a la (calle|avenida|carretera))|(me|le|nos) paso rozando|(bateria|cargador|movil|celular)\b[^.!?]{0,30}\b(hinch\w*|calent\w*|humo|echando humo)|sin (barandilla|baranda|pasamanos)|"
        + @"quase (caiu|tombou|virou|me acertou|acertou|saiu para a (rua|avenida|estrada))|passou (de )?raspao|(bateria|carregador|celular|telemovel)\b[^.!?]{0,30}\b(inch\w*|esquent\w*|fumaca|fumo)|sem (corrimao|guarda-corpo)|"
        + @"(kiepte|viel|valt) (\w+ ){0,3}bijna (om|naar beneden)|bijna (om|omgevallen|op (mijn|zijn|haar) hoofd)|(accu|powerbank|oplader|telefoon)\b[^.!?]{0,30}\b(opgezwollen|opgezwold|heet|rook|rookte)|rook (kwam )?eruit|zonder (leuning|trapleuning)|spekglad)\b", RegexOptions.NonBacktracking)]
    public static partial Regex NearMissOrDeviceHazard();

    /// <summary>Illness told by its outcome after food or a wrong label: hospitalised, the family ill, a coeliac or gluten reaction, heart medicine needed urgently and out of reach.</summary>
    [GeneratedRegex(@"\b(ended up in (hospital|a&e|the er)|(was|got|been) hospitali[sz]ed|(whole|all the) family (was|were|got) (ill|sick)|(coeliac|celiac|gluten)\b[^.!?]{0,60}\b(reaction|ill|sick)|(heart|insulin|epilepsy) (medicine|medication|pills|tablets)\b[^.!?]{0,40}\b(urgent\w*|needed)|"
        + @"hospitalise\w*|(toute la )?famille (a ete|etait|est) malade|(coeliaque|cœliaque|gluten)\b[^.!?]{0,60}\b(reaction|malade)|medicaments? (pour le|du) c\w+ur\b[^.!?]{0,40}\b(urgence|urgent)|"
        + @"(kam|kamen|landete|musste) (\w+ ){0,3}ins krankenhaus|ganze familie (\w+ )?(krank|erbrochen)|(zoliakie|gluten)\b[^.!?]{0,60}\b(reaktion|beschwerden|krank)|herz(medikament|tabletten)\w*\b[^.!?]{0,40}\b(dringend|sofort)|"
        + @"(termino|acabo|quedo|terminaron) (\w+ )?internad[oa]s?|(toda la )?familia (\w+ )?(enferm\w*|intoxicad\w*)|(celiac[oa]|gluten)\b[^.!?]{0,60}\b(reaccion|enferm\w*)|medicacion (del|para el) corazon\b[^.!?]{0,40}\burgen\w*|"
        + @"(ficou|foi|acabou) (\w+ )?internad[oa]|(toda a )?familia (\w+ )?(passou mal|doente|intoxicad\w*)|(celiac[oa]|gluten)\b[^.!?]{0,60}\b(reacao|passou mal)|medica(cao|mento) (do|para o) coracao\b[^.!?]{0,40}\burgen\w*|"
        + @"(belandde|lag|moest) (\w+ ){0,3}(in het|naar het) ziekenhuis|opgenomen in het ziekenhuis|(hele )?familie (\w+ )?(ziek|aan het overgeven)|(coeliakie|gluten)\b[^.!?]{0,60}\b(reactie|ziek)|hartmedicijn\w*\b[^.!?]{0,40}\bdringend)\b", RegexOptions.NonBacktracking)]
    public static partial Regex IllnessOutcome();

    /// <summary>Damage done by our people or vehicles told by its verb: rammed, soiled with paint, torn out of the wall.</summary>
    [GeneratedRegex(@"\b((rammed|reversed into|backed into|drove into) (my|our|the) \w+|(got|splashed|spilled) paint (on|all over)|(paint|plaster) (all )?over (my|our) (sofa|carpet|floor|furniture)|(ripped|pulled|tore|torn) (\w+ ){0,3}(out of|off) the wall|"
        + @"(a|ont) (embouti|percute|defonce|arrache) (ma|mon|notre|la|le) \w+|tache\w* de peinture|(arrache|arrachee|arraches) du mur|"
        + @"(gerammt|umgefahren|angefahren) (\w+ )?(meinen|meine|unseren|unsere|den|die|das)|mit farbe (\w+ )?(beschmiert|verschmiert|bekleckert)|aus der wand (gerissen|gezogen)|"
        + @"(embistio|choco contra|se llevo por delante) (mi|nuestra|nuestro|el|la) \w+|(manch\w*|ensuci\w*) (\w+ ){0,3}de pintura|arranc\w* (\w+ ){0,3}de la pared|"
        + @"(bateu|bateram|derrubou) (\w+ )?n[oa] (meu|minha|nosso|nossa) \w+|(suj\w*|manch\w*) (\w+ ){0,4}(de|com) tinta|arranc\w* (\w+ ){0,3}da parede|"
        + @"(geramd|aangereden|omver gereden)|(onder de|vol) verf|uit de muur (getrokken|gerukt))\b", RegexOptions.NonBacktracking)]
    public static partial Regex DamageByVerb();

    /// <summary>A slur said by staff (homophobic, xenophobic, racist), quoted with no insult word around it; words that are also ordinary words in another of the six languages (German "nicht", Portuguese "pede", "bicha", "macaco") are left out.</summary>
    [GeneratedRegex(@"\b(faggot|poof|paki|wog|chink|spic|tranny|bougnoule|bicot|sale arabe|schwuchtel|kanake|kanacke|scheiss ausland\w*|maricon\w*|marica|sudaca|panchito|moro de mierda|machorra|viado|sapatao|flikker|kankerturk|poepchinees)\b", RegexOptions.NonBacktracking)]
    public static partial Regex Slurs();

    /// <summary>Letters or complaints counted: a third registered letter, already four complaints about the same thing.</summary>
    [GeneratedRegex(@"\b((second|third|fourth|fifth|2nd|3rd|4th|5th) (registered |recorded )?(letter|complaint|claim|ticket)|already (\d+|two|three|four|five) (complaints|claims|tickets|letters)|"
        + @"(deuxieme|troisieme|quatrieme|cinquieme|\d+e) (courrier|lettre|reclamation|recommande)|deja (\d+|deux|trois|quatre|cinq) (reclamations|courriers|lettres)|"
        + @"(zweite|dritte|vierte|funfte|\d+\.) (einschreiben|beschwerde|reklamation|brief)|schon (\d+|zwei|drei|vier|funf) (beschwerden|reklamationen|briefe|einschreiben)|"
        + @"(segunda|tercera|cuarta|quinta|segundo|tercer|cuarto|quinto) (reclamo|reclamacion|queja|carta|burofax)|(ya )?(van|llevo) (\d+|dos|tres|cuatro|cinco) (reclamos|reclamaciones|quejas|cartas)|"
        + @"(segunda|terceira|quarta|quinta|segundo|terceiro|quarto|quinto) (reclamacao|queixa|carta|protocolo)|(ja )?(sao|foram|fiz|abri) (\d+|duas|tres|quatro|cinco) (reclamacoes|queixas|cartas|protocolos)|"
        + @"(tweede|derde|vierde|vijfde) (aangetekende )?(brief|klacht|melding)|al (\d+|twee|drie|vier|vijf) (klachten|brieven|meldingen))\b", RegexOptions.NonBacktracking)]
    public static partial Regex LettersAndComplaintsCounted();

    /// <summary>A complaint taken to a consumer-protection office, by the name it has in each country.</summary>
    [GeneratedRegex(@"\b(trading standards|citizens advice|consumer (protection|council|affairs)|better business bureau|bbb|ftc|"
        + @"dgccrf|ufc[- ]que choisir|association de consommateurs|mediateur de la consommation|"
        + @"verbraucherzentrale|verbraucherschutz|schlichtungsstelle|"
        + @"defensa del consumidor|omic|consumo\b[^.!?]{0,20}\b(denuncia|reclamacion|hoja)|hoja de reclamaciones|facua|ocu|profeco|sernac|indecopi|"
        + @"procon|reclame aqui|consumidor\.gov|deco proteste|livro de reclamacoes|"
        + @"consumentenbond|geschillencommissie|autoriteit consument|acm)\b", RegexOptions.NonBacktracking)]
    public static partial Regex ConsumerOffices();

    /// <summary>A customer or relative with Down syndrome or a comparable condition, in each language's form.</summary>
    [GeneratedRegex(@"\b(down'?s? syndrome|learning disabilit\w*|trisomie|syndrome de down|handicap mental|down-?syndrom|trisomie 21|geistig behindert\w*|sindrome de down|discapacidad intelectual|deficiencia intelectual|deficiente mental|syndroom van down|verstandelijke beperking|verstandelijk beperkt)\b", RegexOptions.NonBacktracking)]
    public static partial Regex IntellectualDisability();
}
