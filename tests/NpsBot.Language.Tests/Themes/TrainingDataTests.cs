using System.Text;
using NpsBot.Language.Evaluation;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

/// <summary>
/// The training lines written for this project and the evaluation sets stay apart (training/README.md: never copy an
/// evaluation line there), so the leave-one-batch-out figures measure wording the model was not given. Only the sets that
/// may be read are opened: the batches of <see cref="ThemeLeaveOneOut.Batches"/> (never a kept-back one) and the own
/// held-out set. 17 lines of five words or more that repeated an evaluation line were taken out when this test was written
/// (themes12h), and the 26 of one to three words that matched a line of batches d–k (themes12k): every line is checked.
/// Since themes14 the retired blind batches train too (<c>training/themes/retired/</c>, one file per batch): each such file
/// is its batch's complaints with their labels, named by the batch so that leave-one-batch-out leaves them out with it, and
/// no line of it is a line of another batch or of a held-out set (which still measure).
/// </summary>
public sealed class TrainingDataTests
{
    private static readonly string Evaluation = Path.Combine(AppContext.BaseDirectory, "Evaluation");
    private const string EscalationOwn = "escalation-own-";

    [Fact]
    public void No_written_training_line_is_an_evaluation_line()
    {
        var evaluation = Batches().Where(b => !b.Name.StartsWith(EscalationOwn, StringComparison.Ordinal)).SelectMany(b => b.Texts.Keys).ToHashSet(StringComparer.Ordinal);

        var copied = WrittenLines().Select(l => Fold(l.Example.Text)).Where(evaluation.Contains).ToList();

        Assert.True(evaluation.Count > 1000, "the evaluation sets were not found");
        Assert.Empty(copied);
    }

    [Fact]
    public void A_retired_file_is_its_own_blind_batch_labelled_as_its_writers_did()
    {
        var batches = Batches().ToDictionary(b => b.Name, b => b.Texts, StringComparer.Ordinal);
        var files = EmbeddedResources.Names(TrainingData.RetiredPrefix).ToList();

        Assert.True(files.Count >= 14, "the retired batches were not shipped");
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file[TrainingData.RetiredPrefix.Length..]);
            Assert.True(name.StartsWith("blind-", StringComparison.Ordinal) || name == "complaints-blind", $"{name} is a held-out set, not a retired blind batch");
            var lines = TrainingData.ParseWithBatches(EmbeddedResources.ReadText(file)).ToList();
            Assert.All(lines, l => Assert.Equal([name], l.FromBatches));
            Assert.All(lines, l => Assert.Equal(batches[name].GetValueOrDefault(Fold(l.Example.Text)), l.Example.Theme));
            Assert.InRange(lines.Count, batches[name].Count * 9 / 10, batches[name].Count);
        }
    }

    [Fact]
    public void No_retired_line_is_a_line_of_another_batch_or_of_a_held_out_set()
    {
        var batches = Batches();

        var shared = RetiredLines()
            .Where(l => batches.Any(b => !l.FromBatches.Contains(b.Name) && b.Texts.ContainsKey(Fold(l.Example.Text))))
            .Select(l => l.Example.Text)
            .ToList();

        Assert.Empty(shared);
    }

    /// <summary>The lines written for this project (<c>training/themes/*.tsv</c>), with the batches each was written from.</summary>
    internal static List<(ThemeExample Example, IReadOnlySet<string> FromBatches)> WrittenLines() =>
        [.. EmbeddedResources.Names("training.").Where(n => !n.StartsWith(TrainingData.RetiredPrefix, StringComparison.Ordinal)).SelectMany(Lines)];

    /// <summary>The retired blind batches' complaints (<c>training/themes/retired/*.tsv</c>).</summary>
    internal static List<(ThemeExample Example, IReadOnlySet<string> FromBatches)> RetiredLines() =>
        [.. EmbeddedResources.Names(TrainingData.RetiredPrefix).SelectMany(Lines)];

    private static IEnumerable<(ThemeExample Example, IReadOnlySet<string> FromBatches)> Lines(string resource) =>
        TrainingData.ParseWithBatches(EmbeddedResources.ReadText(resource));

    /// <summary>Every readable evaluation set, folded text → theme: the leave-one-out batches, the own held-out set and the
    /// own escalation sets (<c>escalation-own-*</c>, labelled with themes too; a retired line is never one of theirs, but a
    /// short written line may be: "atendimento horrível" is one, and they measure escalation, not themes).</summary>
    private static List<(string Name, Dictionary<string, string> Texts)> Batches()
    {
        var sets = ThemeLeaveOneOut.Batches(Evaluation)
            .Append(("complaints", Path.Combine(Evaluation, "complaints.tsv")))
            .Concat(Directory.GetDirectories(Evaluation, EscalationOwn + "*").Select(d => (Path.GetFileName(d), Path.Combine(d, "complaints.tsv"))));
        return [.. sets.GroupBy(s => s.Item1, s => s.Item2).Select(g => (g.Key, g.SelectMany(EvaluationSets.ReadAnyComplaints)
            .GroupBy(c => Fold(c.Text)).ToDictionary(c => c.Key, c => c.First().Theme, StringComparer.Ordinal)))];
    }

    /// <summary>Lower case, letters and digits only, one space between words: a copy with other punctuation is still a copy.</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            folded.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
