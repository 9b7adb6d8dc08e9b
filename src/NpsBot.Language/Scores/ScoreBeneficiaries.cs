using System.Collections.Frozen;

namespace NpsBot.Language.Scores;

/// <summary>
/// A number given to someone at work rather than to the company ("10 for the bus driver, nothing for you", "nota 10 pro
/// motorista"), or scored by someone at work ("mein Chef würde euch ne 10 geben", "la caissière mérite 10"), in the six
/// languages. Hand-written word lists: no library names the people a customer meets.
/// </summary>
public static class ScoreBeneficiaries
{
    private const int PrepositionReach = 6;
    private const int MinimumCompoundStem = 5;

    /// <summary>People met at a shop, a counter, a bus or a branch (folded; German and Dutch compounds match on their end: "Busfahrer").</summary>
    private static readonly FrozenSet<string> Roles = Set(
        // en
        "driver drivers cashier cashiers waiter waitress staff guy girl lady woman teacher nurse doctor courier postman technician tech engineer "
        + "agent advisor adviser consultant rep manager salesman saleswoman salesperson seller cleaner guard receptionist pharmacist chef cook "
        + "barista bartender mechanic installer fitter plumber electrician employee clerk assistant trainer instructor pilot crew conductor boss "
        // es
        + "conductor conductora chofer taxista cajera cajero camarero camarera chica chico senora senor profesor profesora profe enfermera enfermero "
        + "medico medica doctora repartidor repartidora mensajero tecnico tecnica asesor asesora comercial vendedor vendedora dependienta dependiente "
        + "encargado encargada gerente recepcionista farmaceutica farmaceutico cocinero mecanico monitor monitora empleado empleada jefe jefa "
        // fr
        + "chauffeur conducteur caissiere caissier serveur serveuse vendeur vendeuse conseiller conseillere livreur technicien technicienne prof "
        + "professeur maitresse infirmiere infirmier medecin docteur pharmacien pharmacienne gars fille dame monsieur employe employee hotesse "
        + "cuisinier mecanicien coach facteur standardiste receptionniste gerant gerante patron patronne "
        // de
        + "fahrer fahrerin kassiererin kassierer kellner kellnerin verkaufer verkauferin berater beraterin lieferant bote techniker lehrer lehrerin "
        + "krankenschwester pfleger pflegerin arzt arztin apotheker apothekerin mitarbeiter mitarbeiterin typ dame herr koch kochin mechaniker "
        + "trainer trainerin monteur zusteller zustellerin postbote postboten paketbote paketboten boten filialleiter chef chefin betreuer betreuerin "
        // pt
        + "motorista moca moco atendente garcom garconete vendedor vendedora entregador professor professora enfermeira enfermeiro medico medica "
        + "farmaceutico farmaceutica funcionario funcionaria gerente consultor consultora assessor assessora estafeta cobrador porteiro "
        + "recepcionista cozinheiro mecanico instrutor chefe "
        // nl
        + "chauffeur kassiere kassamedewerker ober serveerster verkoper verkoopster adviseur bezorger monteur juf meester leraar lerares docent "
        + "verpleegkundige verpleegster dokter arts apotheker medewerker medewerkster jongen meisje mevrouw meneer kok receptioniste postbode baas");

    /// <summary>"for", "to": the preposition that hands a number to someone ("für den Fahrer", "pro motorista", "voor de juf").</summary>
    private static readonly FrozenSet<string> ForWords = Set("for to fur para pra pro pros pras pour aux au al a aan voor");

    /// <summary>Small words between the preposition and the person ("für den", "para el", "voor de", "pro", "à la").</summary>
    private static readonly FrozenSet<string> Determiners = Set(
        "the my our that this your den dem der die das meinen unseren el la los las mi este esa ese le la les l' mon ma ce cette o a os as do da meu minha esse essa de het mijn onze die deze");

    /// <summary>"for you", "für euch", "pour vous", "para vosotros", "pra vocês", "voor jullie", and the company itself.</summary>
    private static readonly FrozenSet<string> You = Set(
        "you u ya y'all yall euch sie dich dir vous toi te vos vosotros ustedes usted voces vcs vc voce vcs jullie u je jou "
        + "company firm store shop empresa tienda compania entreprise boite societe magasin firma laden geschaft empresa loja operadora bedrijf winkel zaak");

    /// <summary>
    /// Trades whose work is what the customer paid for ("a 9 for the plumber", "un diez para el mecánico"): a score for one of
    /// them, with nothing said of anyone else, scores the job itself (issue 12, twelfth round); a courier or a cashier is
    /// someone beside the service ("10 für den Paketboten" still asks).
    /// </summary>
    private static readonly FrozenSet<string> Trades = Set(
        "mechanic mechanics plumber electrician technician engineer installer fitter painter decorator movers removers hairdresser barber gardener locksmith roofer builder carpenter "
        + "mecanicien plombier electricien technicien installateur peintre demenageur demenageurs coiffeur coiffeuse jardinier serrurier couvreur menuisier artisan "
        + "mechaniker monteur techniker installateur elektriker klempner maler umzugshelfer friseur friseurin gartner schlosser dachdecker tischler handwerker "
        + "mecanico fontanero electricista tecnico tecnica instalador pintor peluquero peluquera jardinero cerrajero albanil carpintero "
        + "encanador canalizador eletricista instalador cabeleireiro cabeleireira jardineiro serralheiro pedreiro carpinteiro "
        + "loodgieter elektricien technicus schilder verhuizer verhuizers kapper kapster tuinman slotenmaker dakdekker timmerman");

    /// <summary>Words that, after a score for someone, speak of the rest ("the rest no", "lo demás nada", "sonst nix").</summary>
    private static readonly FrozenSet<string> Rest = Set("rest others reste autres sonst rest resto demas restante rest overige");

    /// <summary>Verbs of scoring or judging that make a person before the number its scorer ("würde … geben", "mérite", "se pondría").</summary>
    private static readonly FrozenSet<string> ScoringVerbs = Set(
        "would wouldd say says said give gives gave rate rates deserve deserves deserved get gets "
        + "daria dar da dice dicen diria pondria pondrian pone merece merecen merecia lleva "
        + "donnerait donnerais donne dirait dit mettrait met merite meritent meritait "
        + "wurde wurden gabe geben gibt sagt sagen sagte verdient verdienen verdiente bekommt kriegt "
        + "diz diria daria dariam da merece merecem merecia leva "
        + "zou zouden geeft geven zegt zeggen verdient verdienen krijgt");

    // The scoring verbs looked up by the characters after a hyphen or an apostrophe, without cutting a string (perf18).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ScoringVerbsByChars = ScoringVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"10 für den Busfahrer", "nota 10 pro motorista", "een tien met een griffel voor de juf": the number is handed to someone.</summary>
    public static bool IsForSomeoneElse(IReadOnlyList<ScoreToken> tokens, int last)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = last + 1; i < tokens.Count && i <= last + PrepositionReach; i++)
        {
            if (tokens[i].Kind != ScoreTokenKind.Word)
            {
                return false; // a comma or a full stop ends the reach: "10, the driver was lovely"
            }

            if (!ForWords.Contains(tokens[i].Folded))
            {
                continue;
            }

            var at = i + 1;
            while (at < tokens.Count && at <= i + 2 && tokens[at].Kind == ScoreTokenKind.Word && Determiners.Contains(tokens[at].Folded))
            {
                at++;
            }

            return at < tokens.Count && tokens[at].Kind == ScoreTokenKind.Word && IsRole(tokens[at].Folded) && !IsTheJobItself(tokens, at)
                && !IsNamed(tokens, at);
        }

        return false;
    }

    // "10 pro atendente Carlos", "a 10 for the cashier, Sandra": a score for a member of staff called by name is praise of the
    // service the customer got, the customer's own score (issue 12, fourteenth round); the bare role still asks. German
    // capitalises every noun, so there the name must end the reply.
    private static bool IsNamed(IReadOnlyList<ScoreToken> tokens, int role)
    {
        var name = role + 1;
        return name < tokens.Count && tokens[name] is { Kind: ScoreTokenKind.Word, Text.Length: > 1 } word && char.IsUpper(word.Text[0])
            && char.IsLower(word.Text[1]) && (name + 1 == tokens.Count || tokens[name + 1].Kind == ScoreTokenKind.Symbol);
    }

    /// <summary>"a 4 for delivery" (another aspect), as opposed to "3 for you" or a bare "3": the number is handed to something else.</summary>
    public static bool IsForSomethingElse(IReadOnlyList<ScoreToken> tokens, int last)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = last + 1; i < tokens.Count && i <= last + 2 && tokens[i].Kind == ScoreTokenKind.Word; i++)
        {
            if (ForWords.Contains(tokens[i].Folded))
            {
                return i + 1 < tokens.Count && tokens[i + 1].Kind == ScoreTokenKind.Word && !You.Contains(tokens[i + 1].Folded);
            }
        }

        return false;
    }

    // "een 8 voor de loodgieter": a trade and nothing after it of the rest, of the company or another number.
    private static bool IsTheJobItself(IReadOnlyList<ScoreToken> tokens, int role) =>
        EndsWithOneOf(tokens[role].Folded, Trades)
        && !ScoreSpans.AnyIn(tokens, role + 1, tokens.Count - 1, t => t.Value is not null || Rest.Contains(t.Folded) || You.Contains(t.Folded)
            || (t.Kind == ScoreTokenKind.Word && NumberWords.Find(t.Folded, t.Folded) is { Weak: false }));

    /// <summary>Someone a customer meets at work, or a compound ending in one ("Busfahrer", "buschauffeur").</summary>
    public static bool IsRole(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return EndsWithOneOf(folded, Roles) || EndsWithOneOf(folded, Trades);
    }

    private static bool EndsWithOneOf(string folded, FrozenSet<string> words)
    {
        if (words.Contains(folded))
        {
            return true;
        }

        foreach (var word in words)
        {
            if (word.Length >= MinimumCompoundStem && folded.Length > word.Length + 2 && folded.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb of scoring, also inside a joined word ("s'auto-mettrait").</summary>
    public static bool IsScoringVerb(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (ScoringVerbs.Contains(folded))
        {
            return true;
        }

        var cut = folded.LastIndexOfAny(['-', '\'']);
        return cut >= 0 && ScoringVerbsByChars.Contains(folded.AsSpan(cut + 1));
    }

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
