using System.Collections.Frozen;

namespace NpsBot.Language.Scores;

/// <summary>Words around a number that show it is not the score (units, durations, counts, references, money) or that it is one ("out of 10").</summary>
public static class ScoreContext
{
    private static readonly FrozenSet<string> Units = Set(
        // en
        "hour hours hr hrs h minute minutes min mins second seconds sec secs day days week weeks wk wks month months year years yr yrs "
        + "time times item items order orders package packages parcel parcels box boxes call calls email emails mail mails message messages "
        + "people person persons euro euros eur dollar dollars usd buck bucks pound pounds gbp cent cents percent pm am o'clock kg km miles "
        + "pieces pcs units tickets attempts tries nights kids children products pairs bags meals shirts th st nd rd x quid friends mates colleagues followers stores shops "
        + "amigos amigas colegas copines copains amis amies collegues freunden freunde freundinnen leuten kollegen vrienden vriendinnen collegas uhr "
        // es
        + "hora horas minuto minutos segundo segundos dia dias semana semanas mes meses ano anos vez veces articulo articulos pedido pedidos "
        + "paquete paquetes caja cajas llamada llamadas correo correos mensaje mensajes persona personas dolar dolares pesos productos unidades intentos noches "
        // fr
        + "heure heures seconde secondes jour jours semaine semaines mois an ans annee annees fois article articles commande commandes colis "
        + "appel appels personne personnes produits unites tentatives nuits "
        // de
        + "stunde stunden std minuten sekunde sekunden tag tage tagen woche wochen monat monate monaten jahr jahre jahren mal artikel "
        + "bestellung bestellungen paket pakete anruf anrufe anrufen nachrichten personen leute produkte stuck versuche nachte "
        // pt
        + "vezes itens item pacote pacotes ligacao ligacoes chamada chamadas mensagem mensagens pessoa pessoas reais real tentativas noites "
        // nl
        + "uur uren minuut seconden dag dagen weken maand maanden jaar jaren keer keren maal artikelen bestelling bestellingen pakket pakketten "
        + "doos dozen telefoontje telefoontjes berichten bericht mensen persoon personen producten stuks pogingen nachten "
        // people and visits counted (issue 12, second round): "2 ladies at the till", "3 visits", in the six languages
        + "guys ladies women men staff employees workers cashiers stores branches visits purchases trips floors "
        + "dames messieurs vendeurs vendeuses employes caissieres magasins visites achats "
        + "damen herren mitarbeiter verkaufer kassiererinnen filialen besuche einkaufe "
        + "senoras chicas chicos empleados cajeras tiendas visitas compras "
        + "senhoras mocas rapazes funcionarios atendentes lojas "
        + "heren medewerkers verkopers caissieres winkels bezoeken aankopen "
        // "two thumbs up"
        + "thumb thumbs pouce pouces daumen pulgar pulgares polegar polegares duim duimen "
        // percentages written out ("5 por ciento", "8 Prozent")
        + "pct prozent procent porciento ciento cento pourcent percentage plombes plombe "
        // letters, boxes and children counted, and money in slang ("after 3 letters", "75 lucas", "20 balles"), issue 12, eighth round
        + "letter letters lettre lettres brief briefe brieven carta cartas caixa caixas enfants ninos hijos filhos criancas kinderen "
        + "lucas pavos pelas balles paus contos pila piek pegels mause kroten ocken "
        // neighbours told and a house number before its street ("told 3 neighbours", "au 9 rue ..."), issue 12, fourteenth round
        + "neighbours neighbors vecinos vecinas voisins voisines nachbarn vizinhos vizinhas buren buurvrouwen buurmannen collega's "
        + "rue avenue boulevard street road lane");

    private static readonly FrozenSet<string> Fillers = Set(
        "whole full long more extra entire other different separate largas largos mas otras otros longues autres plus ganze ganzen lange langen "
        + "weitere andere longas inteiras mais outras outros hele meer extra por pour");

    private static readonly FrozenSet<string> References = Set(
        "nº n° nro no. number top order invoice ticket case ref reference nr account tracking room flight table seat version model page step rank "
        + "platz rang puesto posicao plek "
        + "pedido factura numero caso referencia cuenta vuelo mesa "
        + "commande facture dossier compte vol "
        + "bestellung rechnung nummer bestellnummer kundennummer fall konto flug tisch "
        + "fatura encomenda protocolo conta voo "
        + "bestelling factuur ordernummer zaak rekening vlucht tafel "
        // articles, clauses and points of a contract or an invoice (issue 12, fourteenth round)
        + "article clause section paragraph articulo clausula seccion apartado paragraphe alinea artikel klausel paragraf absatz punkt "
        + "artigo secao paragrafo inciso clausule paragraaf lid punt");

    // A number right after one of these names a place or a line (issue 12, eighth round): "room 9", "la ligne 7", "Linie 5",
    // "quarto 10", "kamer 6". Only right before the number: "Great room. 9" is a score.
    private static readonly FrozenSet<string> Places = Set(
        "line route bus tram platform gate ward bed cabin "
        + "line route bus tram platform gate ward bed cabin "
        + "linea ruta autobus anden puerta sala habitacion cama "
        + "ligne chambre quai porte salle "
        + "linie zimmer gleis bahnsteig buslinie tramlinie saal "
        + "linha quarto plataforma portao onibus "
        + "lijn kamer perron spoor buslijn tramlijn zaal "
        // a branch by its number (issue 12, thirteenth round): "branch 12", "agence 4", "Filiale 12", "sucursal 3", "filial 9", "vestiging 2"
        + "branch agence filiale sucursal filial vestiging filiaal "
        // a platform or a street by its number (issue 12, fourteenth round): "vía 4", "voie 3", "cais 2", "calle 5", "rua 10"
        + "via voie cais track calle avenida rua straat strasse gasse laan");

    // German and Dutch streets are compounds ("Hauptstraße 4", "Kerkstraat 12", "Lindenallee 3"): a number right after one
    // is a house number (issue 12, fourteenth round).
    private static readonly string[] StreetEnds = ["strasse", "str", "gasse", "allee", "weg", "straat", "laan", "gracht", "plein", "steeg", "dreef"];

    private static readonly FrozenSet<string> OutOf = Set("of out outta outa sur de von uit op em sobre van");

    private static readonly FrozenSet<string> Negations = Set("not no never ni nunca pas jamais nicht kein keine nie nao nem niet geen nooit ningun ninguna nenhum nenhuma");

    private static readonly FrozenSet<string> Articles = Set("a an un une una uno ein eine einen een um uma the");

    private static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3, ["mil"] = 1e3, ["mille"] = 1e3, ["tausend"] = 1e3, ["duizend"] = 1e3, ["k"] = 1e3,
        ["million"] = 1e6, ["millions"] = 1e6, ["millon"] = 1e6, ["millones"] = 1e6, ["millionen"] = 1e6, ["milhao"] = 1e6, ["milhoes"] = 1e6, ["miljoen"] = 1e6,
        ["billion"] = 1e9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsUnit(string folded) => Units.Contains(folded);

    public static bool IsFiller(string folded) => Fillers.Contains(folded);

    public static bool IsReference(string folded) => References.Contains(folded);

    public static bool IsPlace(string folded) => Places.Contains(folded) || IsStreet(folded);

    private static bool IsStreet(string folded) =>
        Array.Exists(StreetEnds, end => folded.Length > end.Length + 2 && folded.EndsWith(end, StringComparison.Ordinal));

    public static bool IsOutOf(string folded) => OutOf.Contains(folded);

    public static bool IsNegation(string folded) => Negations.Contains(folded);

    public static bool IsArticle(string folded) => Articles.Contains(folded);

    public static double? Multiplier(string folded) => Multipliers.TryGetValue(folded, out var factor) ? factor : null;

    public static bool IsCurrency(ScoreToken token) =>
        token.Kind == ScoreTokenKind.Symbol && token.Text is "$" or "€" or "£" or "%" or "¥" or "₹";

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
