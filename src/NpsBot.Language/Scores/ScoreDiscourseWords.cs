using System.Collections.Frozen;

namespace NpsBot.Language.Scores;

/// <summary>
/// The words around a candidate that say whose number it is, when it was given, and whether it is a score at all
/// (en, es, fr, de, pt, nl; matched on folded text). Hand-written: no library knows survey discourse.
/// </summary>
public static class ScoreDiscourseWords
{
    /// <summary>First-person subjects: "my husband and I say 9" is the customer's own score.</summary>
    public static readonly FrozenSet<string> FirstPerson = Set("i me i'd i'll i'm im ima i've moi je j'ai j'aurais ich yo eu ik");

    /// <summary>Words that close a clause: what follows is a new statement ("my wife says 8 but me 5").</summary>
    public static readonly FrozenSet<string> ClauseBreaks = Set(
        "but though although whereas pero sino aunque mientras mais alors_que tandis bien_que aber sondern doch obwohl wahrend mas porem embora enquanto maar hoewel terwijl");

    /// <summary>Correction markers between two numbers: the later one is the answer ("7, wait, make that 8").</summary>
    public static readonly FrozenSet<string> Corrections = Set(
        "wait actually no nah nope rather make scratch correction "
        + "espera mejor bueno perdon corrijo non plutot enfin attendez attends pardon finalement "
        + "nee nein moment doch eher korrektur pera alias melhor corrigindo wacht toch eigenlijk "
        // "6. Quatsch, 7!", "5, nonsense, 6", "4, bobagem, 5": calling the first number nonsense takes it back (fourteenth round)
        + "quatsch unsinn blodsinn nonsense rubbish tonterias tonteria bobadas bobagem besteira onzin nonsens flauwekul n'importe "
        + "honestly really realistically ultimately sinceramente realmente franchement vraiment ehrlich ehrlicherweise wirklich eerlijk echt "
        // "before 6, now 9": a number said now replaces the one said before
        + "now today ahora hoy maintenant aujourd'hui jetzt heute nun agora hoje nu vandaag "
        // hesitations and "let's say": "6... ah, 5", "6.. ach doe maar 5", "10! ok fine 9"
        + "ah oh hmm hm ok okay fine bah bof ach och na tja ai ui doe disons digamos sagen zeg "
        // "on second thought": "10, pensando bem 9"
        + "second pensando pensandolo reflexion reflechi reflexao uberlegt nachdenken bedenk nadenken "
        // a slip of the keyboard owned up to: "5 - sorry typo meant 4", "3 perdon, queria poner 4", "eerst 6 ingetypt maar bedoel 9"
        + "sorry oops oopsie whoops typo mistyped meant mistake oups dsl desole faute voulais tippfehler vertippt verschrieben "
        + "meinte gemeint ups hoppla perdona error equivoque queria quise desculpa desculpe ops erro errei digitei quis "
        + "typfout tikfout oeps bedoel bedoelde bedoelt finger fingers fat-fingered eh euh ehm uhm uh mean dizer heisst autocorrect autocorrection autocorrecteur correcteur autokorrektur autocorrector corrector corretor autocorrectie "
        // "10... nao, 9", German "10... ne, 8"
        + "nao ne noe "
        // "5... nou vooruit 6", "4, allez 5", "6, venga 7": giving in to a higher number
        + "vooruit allez venga vamos "
        // "8 digo 9": "I say" owning up to a slip in Spanish and Portuguese (issue 12, twelfth round)
        + "digo");

    /// <summary>
    /// Words between a rating on another scale (or a number off ours) and a later number that convert the one to the other
    /// ("4 stars, so like an 8", "Schulnote 2, also 7", "16/20 donc 8", "nota 16 em 20, portanto 8"): the later one is ours.
    /// </summary>
    public static readonly FrozenSet<string> Conversions = Set(
        "so thus therefore means which equals i.e ie basically also somit daher heisst donc soit alors equivaut "
        + "entonces luego sea osea equivale portanto entao logo ou_seja dus oftewel ofwel betekent "
        + "scale echelle skala escala schaal");

    /// <summary>Pairs that put the number after them in the present, against an earlier one ("la otra vez os puse 9, esta vez 6").</summary>
    public static readonly FrozenSet<string> CorrectionPairs = Set(
        "this_time esta_vez cette_fois dieses_mal diesmal_ desta_vez dessa_vez esta_vez deze_keer dit_keer my_bad foi_mal "
        // "8, je veux dire 9", "8 ich mein 9", "8 quiero decir 9": "I mean" in two words (issue 12, twelfth round)
        + "veux_dire voulais_dire ich_mein ich_meine ich_meinte quiero_decir queria_decir quero_dizer queria_dizer i_mean ik_bedoel");

    /// <summary>Pairs of words that put the clause in an earlier survey ("last year I said 8").</summary>
    public static readonly FrozenSet<string> PastPairs = Set(
        "last_year last_time last_survey previous_survey l'an_dernier an_dernier l'annee_derniere annee_derniere derniere_fois "
        + "letztes_jahr letztes_mal vorjahr_ ano_pasado ultima_vez ano_passado vorig_jaar vorige_keer vorige_enquete "
        + "last_month last_week mois_dernier semaine_derniere letzten_monat letzte_woche mes_pasado semana_pasada mes_passado semana_passada vorige_maand vorige_week "
        + "google trustpilot yelp tripadvisor reclame_aqui kiyoh "
        // "the time before": "la vez pasada 6", "da outra vez 6", "the other time 6"
        + "vez_pasada vez_anterior vez_passada da_outra na_outra other_time time_before fois_precedente keer_daarvoor "
        + "previously anteriormente precedemment vorher fruher voorheen eerder "
        // "Voriges Jahr 7 gegeben", "l'année passée 8", "el año anterior 6" (issue 12, eighth round)
        + "voriges_jahr vorigen_jahr vergangenes_jahr letzte_umfrage annee_passee fois_derniere ano_anterior vez_passada afgelopen_jaar vorige_keer");

    /// <summary>Words or pairs that make the number a thought not given ("I was gonna say 5").</summary>
    public static readonly FrozenSet<string> Hypothetical = Set(
        "was_gonna was_going going_to_say iba_a iba_decir allais_dire allais_mettre j'allais wollte ia_dizer ia_dar wilde would've_said "
        + "wanted voulais voulait queria quise quis wou wouden wollten "
        + "thought considered pensaba pensais pensei dachte overwoog");

    /// <summary>"Would be" after a score given ("9 - would be 10 but the queue"): the later number is the one not given.</summary>
    public static readonly FrozenSet<string> WouldBe = Set(
        "would_be would've_been wouldve_been it'd_be itd_be serait aurait_ete ware waere wurde_es seria seria_un seria_um sería zou_een zou_het zou war's wars");

    /// <summary>"Never" words: a number next to them, or in a clause about what it will be, is refused ("a 10 never", "never gonna be a 10").</summary>
    public static readonly FrozenSet<string> Never = Set("never nunca jamas jamais nie niemals nooit nimmer");

    /// <summary>Verbs of being/becoming that make a "never" clause a refusal ("ne 10 wird das nie").</summary>
    public static readonly FrozenSet<string> BeVerbs = Set("be being become sera seras serait ser sera vai wird werden wordt worden word");

    /// <summary>Words before a number followed by a noun that make it a count of things ("the 2 ladies", "mis 3 tiendas"), per locale.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> Determiners = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["en"] = Set("the these those my our your his her their all"),
        ["fr"] = Set("les ces mes nos vos leurs des"),
        ["de"] = Set("die den der meine meinen unsere eure alle diese"),
        ["es"] = Set("los las mis nuestros nuestras sus tus estos estas esos esas"),
        ["pt"] = Set("os meus minhas nossos nossas seus suas esses essas estes estas"),
        ["nl"] = Set("de die deze mijn onze alle"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words after a number that keep it a score even after a determiner ("the 10 because ...", "the 8 out of 10").</summary>
    public static readonly FrozenSet<string> ScoreFollowers = Set(
        "out of sur von uit de em van points point punkte punten pontos puntos because porque parce car weil denn omdat pq i is es est ist e en y und et and");

    /// <summary>Verbs of giving a score, for refusals ("won't be giving you a 10").</summary>
    public static readonly FrozenSet<string> GiveVerbs = Set(
        "give giving gave get getting dar dando daria voy llevar donner donne donnerai mettre mets mettrai aurez aurez auriez "
        + "geben gebe gibt bekommt bekommen kriegt kriegen levar levam vao dou daria krijgen krijgt geven geef "
        // "eine 10 gibt's nicht", "no os doy un 10", "je vous mets pas 10"
        + "gibt's gibts doy pongo pondria dare damos ponemos rate rating dou darei daremos dar geven geef");

    /// <summary>Negations, with the English contractions the tokenizer keeps whole.</summary>
    public static readonly FrozenSet<string> Negations = Set(
        "not no never won't wont don't dont can't cant wouldn't ni nunca jamas pas jamais nicht kein keine nie niemals nao nem niet geen nooit");

    /// <summary>Other rating scales: the number is a rating, but not on ours.</summary>
    public static readonly FrozenSet<string> OtherScales = Set(
        "star stars estrella estrellas estrellitas etoile etoiles stern sterne sternen sternchen estrela estrelas estrelinhas ster sterren sterretjes schulnote "
        // a school grade named as such beside ours ("in Schulnoten eine 2", "en note scolaire", "como nota escolar", "als rapportcijfer")
        + "schulnoten zeugnisnote scolaire scolaires escolar escolares rapportcijfer schoolcijfer schoolcijfers");

    /// <summary>Open-ended ranges after a number ("8 or more").</summary>
    public static readonly FrozenSet<string> OpenRangePairs = Set(
        "or_more or_higher or_above at_least o_mas o_superior ou_plus ou_mieux au_moins oder_mehr oder_hoher mindestens_ ou_mais ou_superior pelo_menos of_hoger of_meer minstens_ "
        + "and_up and_above and_more and_higher upwards_ or_better plus_ y_mas para_arriba pa_arriba hacia_arriba en_adelante o_mejor "
        + "et_plus et_au-dessus au-dessus_ et_mieux und_mehr und_hoher und_aufwarts aufwarts_ oder_besser e_mais pra_cima para_cima e_acima ou_melhor "
        + "en_hoger en_meer of_beter en_beter "
        // "9 pra mais", "8 para mais", "9 pa' arriba", "8 naar boven", "9 y pico"
        + "pra_mais para_mais pa_mas para_mas naar_boven");

    /// <summary>Open ranges after a number in two words ("7 at minimum", "8 no mínimo", "9 como mínimo").</summary>
    public static readonly FrozenSet<string> OpenRangeSuffixPairs = Set("at_minimum no_minimo como_minimo al_menos au_minimum op_zijn pelo_menos");

    /// <summary>"instead of 10", "au lieu du 9", "statt 10", "en vez del 3", "em vez de 9", "ipv 8": the number after is not the one given.</summary>
    public static readonly FrozenSet<string> InsteadOf = Set(
        "instead_of rather_than au_lieu statt anstatt anstelle en_vez en_lugar em_vez em_lugar ao_inves in_plaats ipv plaats_van");

    /// <summary>Small words between "instead of" (or a delivery verb) and the number ("instead of the 3", "en vez del 3").</summary>
    public static readonly FrozenSet<string> Linkers = Set("of the a an am im zum de du d' del do da dos das van het den dem der des le la el los um uma un una een");

    /// <summary>Delivery and order verbs: a number after one and an article is a day ("llegó el 5", "arrived on the 4").</summary>
    public static readonly FrozenSet<string> DateVerbs = Set(
        "delivered arrived came shipped ordered dispatched livre arrive arrivee recu commande expedie venu geliefert angekommen kam bestellt verschickt zugestellt "
        + "llego vino pedi entregaron entregado enviado recibi chegou entregue pedi enviado recebi veio geleverd bezorgd kwam besteld ontvangen "
        // the delivery named as a noun ("entrega el 5/10", "livraison le 3", "Lieferung am 5."), issue 12, tenth round
        + "delivery entrega livraison lieferung levering bezorging");

    /// <summary>Open-ended ranges before a number ("at least 8", "more than 8", "minimum 9").</summary>
    public static readonly FrozenSet<string> OpenRangePrefixes = Set(
        "at_least more_than over above minimum min mindestens mehr_als uber ab au_moins plus_de minimum al_menos lo_menos mas_de minimo "
        + "pelo_menos no_minimo mais_de acima minstens meer_dan boven minimaal "
        // with a preposition (issue 12, fifth round): "boven de 8", "acima de 8", "por encima de 8", "au-dessus de 8", "above 8"
        + "encima arriba dessus au-dessus higher_than greater_than better_than superior superieur superieure hoger_dan beter_dan mais_que mas_que plus_que");

    /// <summary>"de"/"of" between an open-range word and the number ("boven de 8", "acima de 8").</summary>
    public static readonly FrozenSet<string> RangeLinkers = Set("de del do da du des of van dem der");

    /// <summary>Words right before a number that make it a clock time or a date in that locale.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> TimeWords = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        // a day of the month: "livré le 14 au lieu du 9", "el dia 5", "geliefert am 3.", "op de 9e", "on the 9 instead";
        // a clock time to call back or half past (issue 12, eighth round): "après 8", "nach 6", "depois das 7", "na 6", "om half 9"
        ["es"] = Set("las dia el_dia del_dia"),
        ["fr"] = Set("le du apres avant"),
        ["de"] = Set("um am vom zum beim halb nach_halb nach"),
        ["pt"] = Set("as dia no_dia do_dia depois_das antes_das ate_as a_partir_das"),
        ["nl"] = Set("om op_de half na_half na"),
        ["en"] = Set("on_the the_day"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Questions about the scale ("what does 5 mean?"), as opposed to a tentative answer ("like a 3?").</summary>
    public static readonly FrozenSet<string> QuestionWords = Set(
        "what whats does do is are mean means which how best worst mejor peor que significa quel quelle quoi veut signifie mieux pire est-ce "
        + "was bedeutet heisst ist welche beste schlechteste quer dizer qual melhor pior wat betekent welke slechtste "
        // SMS spellings and the scale itself, and "is 10 good or bad?" (issue 12, third round)
        + "koi kwa kel xq scale echelle l'echelle escala skala schaal "
        + "good bad high low bueno malo bien mal alto bajo bon mauvais bien haut bas gut schlecht hoch niedrig bom ruim boa alta baixa goed slecht hoog laag "
        // the scale's ends asked about ("is 10 the highest?", issue 12, thirteenth round)
        + "meilleur meilleure highest lowest maximum minimum maximo minimo hochste niedrigste hoogste laagste");

    /// <summary>Words asking what a number means: a sentence with one is a question about the scale, with or without "?".</summary>
    public static readonly FrozenSet<string> MeaningWords = Set(
        "mean means meaning significa significan significado signifie signifient veut_dire bedeutet bedeuten heisst quer_dizer querem_dizer betekent betekenen");

    /// <summary>Months in the six languages: a number beside one is a date ("el 5 de mayo", "on 3 March").</summary>
    public static readonly FrozenSet<string> Months = Set(
        "january february march april may june july august september october november december jan feb aug sept oct nov dec "
        + "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
        + "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
        + "januar februar marz april mai juni juli august september oktober november dezember "
        + "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro "
        + "januari februari maart april mei juni juli augustus september oktober november december");

    /// <summary>"We were 5": a number after these is the size of a group (pairs, or a single word), not a score.</summary>
    public static readonly FrozenSet<string> GroupSizes = Set(
        "we_were there_were on_etait nous_etions etions eramos fuimos wir_waren waren_wir waren_zu fomos we_waren waren_we waren_met");

    /// <summary>An age before a number above 10 ("I'm 67", "ik ben 70"), so that it does not make the real score ambiguous.</summary>
    public static readonly FrozenSet<string> AgeWords = Set("i'm im am aged age turned turning edad tengo cumpli idade tenho fiz j'ai age alter bin ben leeftijd werd");

    /// <summary>Words that make the number after them negative ("minus 2").</summary>
    public static readonly FrozenSet<string> MinusWords = Set("minus negative negativ negatief negativo negatif");

    /// <summary>"Less" words read as "minus" when they open the reply or follow an article ("un menos 3", "moins 4").</summary>
    public static readonly FrozenSet<string> SpokenMinusWords = Set("minus menos moins min");

    /// <summary>Units after "8 out of 10" that make it a frequency ("8 out of 10 times", "8 von 10 Mal", "8 de cada 10 veces").</summary>
    public static readonly FrozenSet<string> FrequencyUnits = Set("times time x mal male veces vez fois vezes keer keren maal");

    /// <summary>Words before a number that make it a part of a count ("one of three", "sur trois").</summary>
    public static readonly FrozenSet<string> CountOf = Set("sur von uit");

    /// <summary>Deals read as "2 for 1" / "1+1".</summary>
    public static readonly FrozenSet<string> DealWords = Set("for por pour fur voor x");

    /// <summary>Words that make a number a past value ("3 ... was 2 until ...").</summary>
    public static readonly FrozenSet<string> WasWords = Set("was were era etait war estava");

    /// <summary>Words that after a zero make it an idiom ("zero problems", "null Bock"), not a score: everything except these.</summary>
    public static readonly FrozenSet<string> ZeroContinuations = Set(
        "pra pro because bc cause cuz from for out of points point absolute total porque pq por de para patatero absoluto parce pour sur pointe absolu weil von fur punkte punkt wegen komplett omdat van voor uit punten punt bem redondo absoluto "
        // "0 and that's generous", "nada mate", "un cero bien grande", "0 rien de plus", "0 y punto"
        + "and y e et und en rien nada nichts niets nothing mate man dude bro mec tio tia cara mano alter kerel joh "
        + "bien grande gordo enorme then period punto final ya ja ponto sem sin sans ohne zonder without "
        + "lol haha sorry desole perdon pardon "
        // "0 never banking with you again", "0 nunca más": a vow not to come back after the zero (issue 12, eighth round)
        + "never nunca jamais jamas nie niemals nooit nimmer "
        // "un cero como una casa": a comparison makes the zero bigger, it does not make it an idiom for something else
        + "como comme wie like zoals "
        // "0 vcs sao pessimos", "0 you lot are useless": a pronoun or article starts a new clause after the zero
        + "you u ur your ya the this it it's its they vous vs tu t c'est ce le la les votre vos ihr du sie der die das eure euer es "
        + "os vosotros ustedes sois el los las su sus este esta eso voces vcs vc voce o as seu sua isso jullie je jij het dit dat");

    /// <summary>Tails that make a zero the idiom for worthlessness ("zero à esquerda", "un cero a la izquierda"): about the reply, the score; about someone, unclear.</summary>
    public static readonly FrozenSet<string> ZeroIdiomTails = Set("a_esquerda a_la");

    /// <summary>Verbs that make a zero after them describe someone or something ("o gerente é um zero à esquerda").</summary>
    public static readonly FrozenSet<string> DescribingVerbs = Set(
        "is are was were es son era fue fueron est sont etait ist sind war waren e sao foi eram is zijn was waren");

    /// <summary>Approximations around a number that keep it the score ("so um die 6 rum", "around 7", "unos 8").</summary>
    public static readonly FrozenSet<string> Approximations = Set(
        "about around roughly approximately approx circa ca maybe environ autour vers genre etwa ungefahr zirka rund um_die so_um "
        + "unos unas aproximadamente alrededor mas_o cerca uns umas tipo ongeveer rond zo'n zon dans_les autour_de");

    /// <summary>Words after a number that make it approximate ("6 rum", "7 or so", "8 ou par là").</summary>
    public static readonly FrozenSet<string> ApproximationTails = Set("rum herum rumm ish or_so ou_so a_peu plus_ou o_asi o_por mas_o mais_ou of_zo zo_ongeveer ongeveer environ ungefahr");

    /// <summary>Open ranges written after the number ("8 minimum", "9 mindestens").</summary>
    public static readonly FrozenSet<string> OpenRangeSuffixes = Set("minimum minimo mindestens minstens minimaal minimal minimale minima");

    /// <summary>A condition on the company right after a number ("10 if you fix the app", "8 si vous baissez les prix"): not a score given now.</summary>
    public static readonly FrozenSet<string> ConditionPairs = Set(
        "if_you if_u if_they if_the if_ya si_vous si_vs si_tu si_le si_la si_les si_os si_me si_el si_la si_lo si_ustedes wenn_ihr wenn_sie wenn_du wenn_der wenn_die wenn_das falls_ihr falls_sie "
        + "se_voces se_vcs se_voce se_vc se_o se_a als_jullie als_u als_je als_de als_het");

    /// <summary>French SMS "2" for "de" ("je vous recommande 2 ouf", "plein 2 trucs"): the word after it.</summary>
    public static readonly FrozenSet<string> FrenchSmsFollowers = Set(
        "ouf ouff oufff fou folie malade dingue la le les l ma ta sa mes tes ses tt tout toute rien ce cette cet ces moi toi lui ns vs nous vous trucs truc temps bol");

    /// <summary>Words that are a number only in another language ("nul" is "rubbish" in French, "dos" "of the" in Portuguese).</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> FalseFriends = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["fr"] = Set("nul"),
        ["pt"] = Set("dos"),
        ["es"] = Set(""),
        ["de"] = Set(""),
        ["nl"] = Set("achter"), // "behind"; southern German "a Achter" is an 8
        ["en"] = Set(""),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
