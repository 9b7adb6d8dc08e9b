using NpsBot.Language.Evaluation;
using NpsBot.Language.Tests.Themes;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Evaluation;

public sealed class ThemeLeaveOneOutTests
{
    [Fact]
    public void Lines_carry_the_batches_named_above_them()
    {
        var lines = TrainingData.ParseWithBatches(
            "# header\n# from batches: -\nproduct\tit broke\n# later set\n# from batches: blind-x sectors-y\nservice\trude man\n").ToList();

        Assert.Equal(2, lines.Count);
        Assert.Empty(lines[0].FromBatches);
        Assert.Equal(["blind-x", "sectors-y"], lines[1].FromBatches.Order(StringComparer.Ordinal));
        Assert.Equal(new ThemeExample("rude man", "service"), lines[1].Example);
    }

    [Fact]
    public void Every_shipped_line_names_where_it_came_from()
    {
        var lines = TrainingData.LoadWithBatches(null);

        Assert.Equal(TrainingData.Shipped().Count, lines.Count);
        Assert.Contains(lines, l => l.FromBatches.Count == 0);
        Assert.Contains(lines, l => l.FromBatches.Contains("blind-2026-12-01-c"));
        Assert.DoesNotContain(TrainingDataTests.WrittenLines(), l => l.FromBatches.Contains("blind-2026-12-02-f"));
        Assert.Contains(TrainingDataTests.RetiredLines(), l => l.FromBatches.SetEquals(["blind-2026-12-02-f"]));
    }

    [Fact]
    public void A_retired_batch_trains_the_model_of_every_other_batch_and_leaves_with_its_own()
    {
        var folder = Directory.CreateTempSubdirectory("themes-loo-");
        try
        {
            var x = "en\tproduct\tno\t-\tthe kettle leaks\nen\tservice\tno\t-\tthe clerk was rude\n";
            var y = "en\tdelivery\tno\t-\tparcel never came\nen\tproduct\tno\t-\tthe toaster burns bread\nen\tservice\tno\t-\tnobody at the desk\n";
            foreach (var (name, complaints) in new[] { ("blind-x", x), ("blind-y", y) })
            {
                Directory.CreateDirectory(Path.Combine(folder.FullName, name));
                File.WriteAllText(Path.Combine(folder.FullName, name, "complaints.tsv"), complaints);
            }

            var training = TrainingData.ParseWithBatches(
                "# from batches: -\nproduct\tthe lamp is broken\nservice\tstaff were rude to me\ndelivery\tthe parcel is late\n"
                + "# from batches: blind-x\nproduct\tthe kettle leaks\nservice\tthe clerk was rude\n"
                + "# from batches: blind-y\ndelivery\tparcel never came\nproduct\tthe toaster burns bread\nservice\tnobody at the desk\n").ToList();

            var figures = ThemeLeaveOneOut.Run(training, folder.FullName);

            Assert.Equal([2, 3], figures.Select(f => f.TrainedWithout));
            Assert.Equal([2, 3], figures.Select(f => f.LeftOutProbabilities.Count));
            Assert.All(figures.SelectMany(f => f.LeftOutProbabilities), p => Assert.Equal(1, p.Probabilities.Sum(), 3));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Only_the_batches_asked_for_are_measured()
    {
        var folder = Directory.CreateTempSubdirectory("themes-loo-");
        try
        {
            foreach (var name in new[] { "blind-x", "blind-y" })
            {
                Directory.CreateDirectory(Path.Combine(folder.FullName, name));
                File.WriteAllText(Path.Combine(folder.FullName, name, "complaints.tsv"), "en\tproduct\tno\t-\tthe kettle leaks\n");
            }

            var training = TrainingData.ParseWithBatches("product\tthe lamp is broken\nservice\tstaff were rude to me\n").ToList();

            var figures = ThemeLeaveOneOut.Run(training, folder.FullName, measured: name => name == "blind-y");

            Assert.Equal("blind-y/complaints", Assert.Single(figures).Batch);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }


    [Fact]
    public void A_batch_is_measured_on_a_model_trained_without_its_lines()
    {
        var folder = Directory.CreateTempSubdirectory("themes-loo-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "blind-x"));
            File.WriteAllText(
                Path.Combine(folder.FullName, "blind-x", "complaints.tsv"),
                "en\tproduct\tno\t-\tthe kettle leaks\nen\tservice\tno\t-\tthe clerk was rude\nen\tdelivery\tno\t-\tparcel never came\n");
            var training = TrainingData.ParseWithBatches(
                "# from batches: -\nproduct\tthe lamp is broken\nservice\tstaff were rude to me\ndelivery\tthe parcel is late\n"
                + "# from batches: blind-x\nproduct\tthe kettle leaks everywhere\nservice\tthe clerk was rude again\n").ToList();

            var figures = ThemeLeaveOneOut.Run(training, folder.FullName);

            var batch = Assert.Single(figures);
            Assert.Equal("blind-x/complaints", batch.Batch);
            Assert.Equal(3, batch.Lines);
            Assert.Equal(2, batch.TrainedWithout);
            Assert.Equal(3, batch.LeftOutPredictions.Count);
            Assert.InRange(batch.LeftOut.MacroF1, 0, 1);
            Assert.True(batch.All!.Accuracy >= batch.LeftOut.Accuracy, "the model trained on the batch's own lines did worse on it");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Batches_are_the_blind_and_held_out_sets_never_a_kept_back_one()
    {
        var folder = Directory.CreateTempSubdirectory("themes-loo-");
        try
        {
            foreach (var name in new[] { "blind-2026-01-01", "kept-back-2026-01-02", "sectors-2026-01-01", "escalation-own-2026-01-01" })
            {
                Directory.CreateDirectory(Path.Combine(folder.FullName, name));
                File.WriteAllText(Path.Combine(folder.FullName, name, "complaints.tsv"), "");
            }

            File.WriteAllText(Path.Combine(folder.FullName, "complaints-blind.tsv"), "");

            var names = ThemeLeaveOneOut.Batches(folder.FullName).Select(b => b.Name).ToList();

            Assert.Equal(["blind-2026-01-01", "sectors-2026-01-01", "complaints-blind"], names);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
