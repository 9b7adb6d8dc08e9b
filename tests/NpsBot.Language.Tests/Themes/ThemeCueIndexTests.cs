using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

/// <summary>
/// <see cref="ThemeCues.Compute"/> (a lookup by word, <c>ThemeCueIndex</c>) gives exactly the features of the scan it
/// replaced (<see cref="ScanningThemeCues"/>) on every training line, the held-out and sector sets, blind batches a to e,
/// each word of the lexicon itself and texts built to sit on the matching rules' edges.
/// </summary>
public sealed class ThemeCueIndexTests
{
    private static readonly string[] EvaluationFiles =
    [
        "complaints.tsv",
        "complaints-blind.tsv",
        Path.Combine("sectors-2026-12-02", "complaints.tsv"),
        Path.Combine("blind-2026-12-01", "complaints-main.tsv"),
        Path.Combine("blind-2026-12-01", "complaints-holdout.tsv"),
        Path.Combine("blind-2026-12-01-b", "complaints.tsv"),
        Path.Combine("blind-2026-12-01-c", "complaints.tsv"),
        Path.Combine("blind-2026-12-01-d", "complaints.tsv"),
        Path.Combine("blind-2026-12-02-e", "complaints.tsv"),
    ];

    public static TheoryData<string> Edges() =>
    [
        "",
        "fee fees feess feeS FEES",
        "app apps appss application appli",
        "late lates later latest",
        "livr livre livraison délivré",
        "Straße Strasse Kundenservice-Hotline Kundendienstmitarbeiter",
        "café refund déjà charged twice",
        "cafe\u0301 de\u0301ja\u0300 ca\u0327rte",
        "order123late parcel4you courier2 courier2",
        "Зa доставку 配送 ﬁx ǅemal ΣΊΣΥΦΟΣ",
        "\ud83d\udce6 parcel\ud83d\ude21late",
        "refund refund refund refund refund charged charged billing invoice",
        "Lieferungverspätung Paketzustellung Zustelldienst Verpackungsmüll",
        "x-ray 2x2 app-crash e-mail log-in",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_texts_get_the_features_of_the_scan(string text) => AssertSame([text]);

    [Fact]
    public void Training_lines_get_the_features_of_the_scan()
    {
        var lines = TrainingData.Shipped().Select(e => e.Text).ToList();
        Assert.True(lines.Count > 3000, $"only {lines.Count} training lines");
        AssertSame(lines);
    }

    [Fact]
    public void Held_out_sector_and_blind_a_to_e_complaints_get_the_features_of_the_scan()
    {
        var evaluation = Path.Combine(AppContext.BaseDirectory, "Evaluation");
        foreach (var file in EvaluationFiles)
        {
            var complaints = File.ReadLines(Path.Combine(evaluation, file))
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .Select(line => line[(line.LastIndexOf('\t') + 1)..])
                .ToList();
            Assert.True(complaints.Count > 100, $"only {complaints.Count} complaints in {file}");
            AssertSame(complaints);
        }
    }

    [Fact]
    public void Every_stem_alone_with_a_plural_inside_a_compound_and_cut_short_gets_the_features_of_the_scan()
    {
        var stems = ThemeCues.Signature.Split('|', ' ').Where(s => s.Length > 0).Distinct().ToList();
        Assert.True(stems.Count > 600, $"only {stems.Count} stems");
        AssertSame([.. stems.SelectMany(stem => new[] { stem, stem + "s", stem + "en", "zz" + stem + "ung", stem[..^1], stem.ToUpperInvariant() })]);
    }

    private static void AssertSame(IReadOnlyList<string> texts)
    {
        var different = texts
            .Select(text => (Text: text, Expected: ScanningThemeCues.Compute(text), Actual: ThemeCues.Compute(text)))
            .Where(x => !x.Expected.SequenceEqual(x.Actual))
            .Select(x => $"{x.Text}: expected [{string.Join(", ", x.Expected)}], got [{string.Join(", ", x.Actual)}]")
            .ToList();
        Assert.True(different.Count == 0, string.Join('\n', different.Take(20)));
    }
}
