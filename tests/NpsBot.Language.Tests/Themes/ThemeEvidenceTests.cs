using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

/// <summary>
/// <see cref="ThemeEvidence"/> names the same words as the occlusion it replaced (<see cref="OneWordAtATimeEvidence"/>: one
/// prediction per variant, its cue features computed from the variant's text) on the held-out complaints, a blind batch,
/// a quarter of the training lines and texts where the cue shortcut must step aside.
/// </summary>
public sealed class ThemeEvidenceTests
{
    public static TheoryData<string> Awkward() =>
    [
        "The Parcel was late, the parcel was LATE and the courier lied about the parcel",
        "Lieferung kam zu spät, die Straße war gesperrt und der Bote fand das Haus nicht",
        "cafe\u0301 refund de\u0301ja\u0300 charged twice",
        "order123late parcel4you courier2 courier2",
        "refund refund refund refund refund charged charged billing invoice",
        "price price price price price price expensive",
        "£40 for this?! No.",
        "ok",
        "a b c",
        "x-ray 2x2 app-crash e-mail log-in",
    ];

    [Theory]
    [MemberData(nameof(Awkward))]
    public void Awkward_texts_get_the_same_evidence_as_one_variant_at_a_time(string complaint) =>
        AssertSameEvidence([complaint]);

    [Fact]
    public void Held_out_and_blind_complaints_get_the_same_evidence_as_one_variant_at_a_time()
    {
        var evaluation = Path.Combine(AppContext.BaseDirectory, "Evaluation");
        var complaints = new[] { Path.Combine(evaluation, "complaints.tsv"), Path.Combine(evaluation, "blind-2026-12-01-c", "complaints.tsv") }
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[(line.LastIndexOf('\t') + 1)..])
            .ToList();

        Assert.True(complaints.Count > 500, $"only {complaints.Count} complaints read");
        AssertSameEvidence(complaints);
    }

    [Fact]
    public void Training_lines_get_the_same_evidence_as_one_variant_at_a_time() =>
        AssertSameEvidence([.. TrainingData.Shipped().Where((_, i) => i % 4 == 0).Select(e => e.Text)]);

    [Fact]
    public void The_evidence_is_at_most_three_words_of_the_complaint_in_its_order()
    {
        string[] complaints =
        [
            "I was charged twice on my card and the refund never came back to my account",
            "The courier left my parcel in the rain and the tracking said delivered a week before",
            "Die App stürzt beim Bezahlen ab und der Warenkorb ist danach leer",
        ];
        var named = 0;
        foreach (var complaint in complaints)
        {
            var evidence = ThemeEvidence.For(TrainedModel.Instance, complaint, TrainedModel.Instance.Predict(complaint));
            if (evidence is null)
            {
                continue;
            }

            named++;
            var words = evidence.Split(' ');
            Assert.InRange(words.Length, 1, ThemeEvidence.MaxWords);
            var positions = words.Select(w => complaint.IndexOf(w, StringComparison.Ordinal)).ToList();
            Assert.DoesNotContain(-1, positions);
            Assert.Equal(positions.Order(), positions);
        }

        Assert.True(named > 0, "no complaint got evidence");
    }

    [Fact]
    public void Every_word_whose_absence_lowers_the_model_probability_is_named_up_to_three()
    {
        // Measured from the calibrated confidence (lower than the model's own probability for a confident theme), the
        // occlusion named fewer words: "Package showed up 10 days after the promised date." got "Package" alone.
        var model = TrainedModel.Instance;
        var complaints = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Evaluation", "complaints.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line[(line.LastIndexOf('\t') + 1)..])
            .ToList();
        var wrong = new List<string>();
        var calibratedBelow = 0;
        foreach (var complaint in complaints)
        {
            var input = ThemeInput.For(complaint);
            var result = model.Predict(input, out var modelProbability);
            Assert.Equal(model.Probability(complaint, result.Theme), modelProbability, 6);
            calibratedBelow += result.Confidence < modelProbability - 0.001 ? 1 : 0;
            var lowering = CandidateWords(complaint).Count(word => model.Probability(Without(complaint, word), result.Theme) < modelProbability);
            var named = ThemeEvidence.For(model, complaint, result.Theme, input.Cues, modelProbability)?.Split(' ').Length ?? 0;
            if (named != Math.Min(lowering, ThemeEvidence.MaxWords))
            {
                wrong.Add($"{complaint}: {named} named, {lowering} lower the probability");
            }
        }

        Assert.True(calibratedBelow > complaints.Count / 2, $"the calibrated confidence is below the model's probability for only {calibratedBelow} of {complaints.Count}");
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private static IEnumerable<string> CandidateWords(string complaint) =>
        System.Text.RegularExpressions.Regex.Matches(complaint, @"[\p{L}\p{Nd}]+").Select(m => m.Value).Where(w => w.Length > 1)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(ThemeEvidence.MaxCandidates);

    private static string Without(string complaint, string word) =>
        System.Text.RegularExpressions.Regex.Replace(complaint, @"[\p{L}\p{Nd}]+", m => m.Value.Equals(word, StringComparison.OrdinalIgnoreCase) ? "" : m.Value);

    private static void AssertSameEvidence(IReadOnlyList<string> complaints)
    {
        var model = TrainedModel.Instance;
        var different = new List<string>();
        foreach (var complaint in complaints)
        {
            var result = model.Predict(complaint);
            var expected = OneWordAtATimeEvidence.For(model, complaint, model.Probability(complaint, result.Theme), result.Theme);
            var actual = ThemeEvidence.For(model, complaint, result);
            if (expected != actual)
            {
                different.Add($"{complaint}: expected [{expected}], got [{actual}]");
            }
        }

        Assert.True(different.Count == 0, string.Join('\n', different));
    }
}
