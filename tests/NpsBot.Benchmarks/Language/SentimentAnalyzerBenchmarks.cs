using BenchmarkDotNet.Attributes;
using NpsBot.Conversations.Language;
using NpsBot.Language.Sentiment;

namespace NpsBot.Benchmarks.Language;

/// <summary>
/// Sentiment and escalation per call (the escalation classifier runs inside the analyzer), on plain and escalating
/// complaints in the six languages, and one long plain complaint (the cues scan the whole text).
/// </summary>
[MemoryDiagnoser]
public class SentimentAnalyzerBenchmarks
{
    private readonly SentimentAnalyzer _analyzer = new();

    public static IEnumerable<Said> Complaints =>
    [
        new("en", "The parcel came two days late."),
        new("en", "My mum is 88 and your driver scratched our front door, I want a manager to call me back today!!"),
        new("en", "I ordered the blue sofa in March and was told it would arrive in six weeks. It came in eleven, the legs were in a " +
            "separate box that arrived a week later, and the fabric is a slightly different shade from the sample I was sent. " +
            "The fitters were polite and quick, but nobody told me about the delay until I asked, which was disappointing."),
        new("fr", "Le colis est arrivé avec deux jours de retard et l'emballage était abîmé."),
        new("fr", "C'est la troisième fois que j'appelle, je veux parler à un responsable, sinon je contacte un avocat."),
        new("de", "Die Lieferung kam einen Tag später als angekündigt."),
        new("de", "Der Monteur hat unsere Wand beschädigt und niemand ruft zurück, ich kündige meinen Vertrag!"),
        new("es", "El pedido llegó tarde pero el producto está bien."),
        new("es", "Mi hijo se cortó con una pieza rota del juguete, es peligroso, quiero hablar con un supervisor."),
        new("pt", "Já liguei cinco vezes e ninguém resolve, vou fazer uma reclamação no Procon."),
        new("nl", "De bezorger was vriendelijk maar het pakket was te laat."),
    ];

    [ParamsSource(nameof(Complaints))]
    public Said Complaint { get; set; } = new("en", "");

    /// <summary>Builds what the first call builds (the cues' expressions and, since escmodel14, the escalation model), so the measured calls are steady-state ones.</summary>
    [GlobalSetup]
    public void WarmUp() => _analyzer.Analyze("warm-up complaint", "en");

    [Benchmark]
    public SentimentResult Analyze() => _analyzer.Analyze(Complaint.Text, Complaint.Locale);
}
