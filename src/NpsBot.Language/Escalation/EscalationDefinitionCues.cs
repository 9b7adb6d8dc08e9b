using System.Text.RegularExpressions;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Issue 12, sixth round, second pass: cues written from the definition of each reason rather than from a miss, to
/// widen what <see cref="EscalationStories"/> found by kind: a worker near any mark left on the home (a gouge, a hole, a
/// crack), a shock from a casing, something too hot or melting, boiling water, a button battery, a skin reaction; a
/// different answer every time, a promise every time, one problem chased by phone and by email; "speak with a manager"
/// in any wording; a customer under guardianship; high blood pressure. Six languages, folded text, for recall.
/// Hand-written: no published lexicon of these cues exists for these languages.
/// </summary>
public static partial class EscalationDefinitionCues
{
    private const string Workers = @"(movers?|removal (men|team|firm)|fitters?|installers?|technicians?|engineers?|plumbers?|electricians?|couriers?|drivers?|delivery (guy|guys|man|men|driver|team)|workm[ae]n|builders?|painters?|your (guy|guys|men|team|staff|people|workers)|the (men|guys|lads) (who|from)|"
        + @"demenageurs?|installateurs?|techniciens?|plombiers?|electriciens?|livreurs?|monteurs?|poseurs?|ouvriers?|artisans?|"
        + @"umzugs\w*|monteur\w*|techniker\w*|handwerker\w*|installateur\w*|klempner\w*|elektriker\w*|lieferant\w*|fahrer\w*|paketbote\w*|zusteller\w*|"
        + @"los (del|de la) (montaje|mudanza|instalacion|reparto)|montador\w*|instalador\w*|tecnicos?|fontaner\w*|electricistas?|repartidor\w*|transportistas?|operarios?|"
        + @"montador\w*|instalador\w*|tecnicos?|encanador\w*|eletricistas?|entregador\w*|estafetas?|pedreiros?|pintores?|"
        + @"verhuizers?|monteurs?|installateurs?|technicus|loodgieters?|elektriciens?|bezorgers?|koeriers?|schilders?|klusjesman)";

    private const string Marks = @"(gouge\w*|scratch\w*|scuff\w*|chipped|cracked|broke|broken|damag\w*|dented|smashed|ripped|tore|torn|hole|holes|burn marks?|stain\w*|flooded|"
        + @"abim\w*|arrach\w*|raye\w*|rayure\w*|troue?\w*|trou|casse\w*|fissure\w*|inonde\w*|"
        + @"verschramm\w*|zerkratz\w*|beschadig\w*|kaputt\w*|loch|locher|kratzer|delle|dellen|riss|gerissen|fleck\w*|"
        + @"rayaron|rayado|rompieron|rompio|danaron|danado|estropearon|mancharon|manchado|agujero\w*|grieta|rajaron|"
        + @"riscou|riscaram|riscad[oa]|quebrou|quebraram|estragou|estragaram|manchou|mancharam|furou|furaram|buraco|amassou|rachou|trincou|"
        + @"barst|kras\w*|deuk\w*|gat|gaten|beschadigd|kapot\w*|vlek\w*|gescheurd|gebarsten)";

    [GeneratedRegex(@"\b" + Workers + @"\b[^.!?]{0,80}\b" + Marks + @"\b", RegexOptions.NonBacktracking)]
    public static partial Regex WorkerLeftMark();

    [GeneratedRegex(@"\b((got|gave|get|getting|had) (me |him |her |us )?(a |an )?(\w+ )?(electric )?shock|shocked (me|him|her)|"
        + @"(pris|prend) (une )?(\w+ )?(decharge|chataigne)|"
        + @"(einen|ne|nen) (\w+ )?(schlag|stromschlag) (bekommen|gekriegt|gegeben)|hat (mich|ihn|sie) gewischt|"
        + @"(me|le|nos) dio (un )?(calambre|corriente|la corriente)|calambrazo|"
        + @"(levei|levou|tomei|tomou) (um )?choque|deu (um )?choque|"
        + @"(kreeg|kregen|krijg) (een )?(\w+ )?(schok|stroomschok|opdonder)|onder stroom|"
        + @"(got|gets|became|getting) (so|too|very|really|extremely) hot|red hot|too hot to (touch|hold)|boiling (water|oil)|scald\w*|"
        + @"brulant\w*|(chauffe|chauffait) (enormement|beaucoup|trop)|eau bouillante|huile bouillante|"
        + @"gluhend heiss|(wurde|wird) (so|sehr|extrem|total) heiss|kochend\w* wasser|heisses (wasser|ol)|"
        + @"(se calienta|se calento|se puso) (muchisimo|demasiado|tanto|ardiendo)|agua hirviendo|aceite hirviendo|"
        + @"esquent(ou|a|ava) (tanto|demais|muito)|fervendo|agua fervente|oleo quente|"
        + @"(werd|wordt|was) (zo |te |gloeiend )heet|gloeiend heet|kokend water|kokende olie|"
        + @"(plastic|plastique|kunststoff|plastik|plastico)\b[^.!?]{0,30}\b(melt\w*|fond\w*|geschmolzen|schmilzt|derrit\w*|derret\w*|smelt\w*|gesmolten)|(melt\w*|fondu\w*|geschmolzen|derriti\w*|derret\w*|smelt\w*|gesmolten)\b[^.!?]{0,30}\b(plastic|plastique|kunststoff|plastik|plastico)|"
        + @"button (cell|batter\w*)|coin (cell|batter\w*)|pile(s)? bouton|knopfzelle\w*|pilas? de boton|baterias? de botao|knoopcel\w*|knoopbatterij\w*|"
        + @"bris de verre|"
        + @"(allergic|skin) reaction|rash|reaction (allergique|cutanee)|(yeux|levres|visage|paupieres|gorge) (\w+ )?gonfl\w*|plaques rouges|eczema|"
        + @"(allergische|haut)reaktion|hautausschlag|ausschlag|(augen|lippen|lider|gesicht) (\w+ )?(an)?geschwollen|"
        + @"reaccion (alergica|en la piel|cutanea)|sarpullido|erupcion|(se le|se me) hincharon|hinchad[oa]s? (los|la|el)|"
        + @"reacao (alergica|na pele)|brotoeja|vermelhidao|inchad[oa]s?|incharam|"
        + @"(allergische|huid)reactie|reactie op (de|mijn|haar|zijn) huid|uitslag|(ogen|lippen|oogleden|gezicht) (\w+ )?(op)?gezwollen|"
        + @"(almost|nearly) (burn\w*|scald\w*|fell on|landed on|hit) (me|my|him|his|her|us)|failli (me |la |le |lui )?(tomber|bruler|ebouillanter|blesser|electrocuter)|"
        + @"casi (me|le|la|se|nos) (quema|quemo|cae|cayo|corta|corto|electrocuta|golpea|golpeo)|quase (me |se |o |a )?(queim|caiu|cai|cort|eletrocut|bat)\w*|"
        + @"fast (auf|in|ins|gegen) (\w+ )?(gesicht|kopf|kind|baby|hand|fuss)|bijna (op|over|tegen) (mijn|haar|zijn|ons))\b", RegexOptions.NonBacktracking)]
    public static partial Regex HarmfulThing();

    [GeneratedRegex(@"\b((every|each) time (a |someone |somebody )?(different|another) (answer|story|person|excuse)|different (answer|story|excuse) (every|each) time|(promis\w*|told) (me )?(something|a different thing) (else )?(every|each) time|"
        + @"(a chaque fois|chaque fois) (une )?(autre|nouvelle|differente) (reponse|excuse|version|personne)|(une )?(autre|nouvelle) (reponse|excuse) a chaque fois|"
        + @"(immer|jedes mal|jedesmal) (eine )?andere (auskunft|antwort|ausrede|person)|(immer|jedes mal) (was )?anderes|"
        + @"cada vez (me dicen |una |me prometen )?(otra cosa|algo distinto|algo diferente|una excusa)|cada vez (una|otra) (respuesta|excusa|persona) (distinta|diferente)|"
        + @"cada vez (uma|outra) (resposta|desculpa|pessoa) (diferente)?|cada vez (me )?(dizem|prometem) (uma coisa|outra coisa|algo diferente)|"
        + @"(elke|iedere) keer (een |wordt me )?(iets anders|ander (antwoord|verhaal|excuus)|wat anders)|"
        + @"(every|each) time\b[^.!?]{0,40}\b(promis\w*)|(chaque fois|a chaque fois)\b[^.!?]{0,40}\b(promet\w*|promis)|(jedes mal|jedesmal|immer wieder)\b[^.!?]{0,40}\bversproch\w*|"
        + @"cada vez\b[^.!?]{0,40}\b(promet\w*|prometid\w*)|(elke|iedere) keer\b[^.!?]{0,40}\b(beloofd|belooft|beloven)|"
        + @"(by|on the|per|par|por|via|am) (phone|telephone|telefon|telefone|telefono|telefoon)\b[^.!?]{0,25}\b(e-?mail|mail|courriel|correo)|(e-?mail|mail|courriel|correo)\b[^.!?]{0,25}\b(by|on the|per|par|por|via|am) (phone|telephone|telefon|telefone|telefono|telefoon))\b", RegexOptions.NonBacktracking)]
    public static partial Regex AskedAgainAndAgain();

    [GeneratedRegex(@"\b((speak|talk|chat) (to|with) (a|an|the|your|someone|somebody) (\w+ )?(manager|supervisor|superior|person in charge|decision maker)|someone (who|that) can (actually )?(make decisions|decide|do something)|"
        + @"parler (a|avec) (un|une|le|la|votre) (\w+ )?(responsable|superieur|chef|directeur|directrice|manager)|"
        + @"(mit|einen|einem|einer|den|dem|der) (\w+ )?(verantwortlich\w*|zustandig\w*|vorgesetzt\w*|chef|chefin|leiter|leiterin|filialleit\w*|geschaftsfuhr\w*) (\w+ )?(sprechen|reden|telefonieren)|"
        + @"hablar (con|a) (un|una|el|la|algun|su) (\w+ )?(responsable|superior|jefe|jefa|encargad[oa]|gerente|supervisor[a]?)|"
        + @"falar (com|a) (um|uma|o|a|algum|seu) (\w+ )?(responsavel|superior|chefe|gerente|supervisor[a]?|encarregad[oa])|"
        + @"(spreken|praten|bellen) (met|naar) (een|de|uw|jullie) (\w+ )?(leidinggevende|manager|chef|verantwoordelijke|baas)|(een|de) (leidinggevende|verantwoordelijke|manager) (\w+ )?spreken)\b", RegexOptions.NonBacktracking)]
    public static partial Regex SpeakWithSomeoneInCharge();

    [GeneratedRegex(@"\b(under (guardianship|a guardian|power of attorney)|power of attorney|lasting power|"
        + @"sous (tutelle|curatelle)|tuteur|curateur|"
        + @"(unter|mit) (gesetzlicher )?betreuung|betreuer\w*|vorsorgevollmacht|"
        + @"tutela|curatela|incapacitad[oa]|"
                + @"onder (bewind|curatele)|bewindvoerder)\b", RegexOptions.NonBacktracking)]
    public static partial Regex UnderGuardianship();

    [GeneratedRegex(@"\b(hypertens\w*|hipertens\w*|bluthochdruck|hoge bloeddruk|high blood pressure)\b", RegexOptions.NonBacktracking)]
    public static partial Regex HighBloodPressure();
}
