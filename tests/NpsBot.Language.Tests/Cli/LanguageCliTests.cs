using NpsBot.Language.Cli;
using NpsBot.Language.Tests.Themes;
using NpsBot.Language.Themes;
using NpsBot.Testing.Hosting;

namespace NpsBot.Language.Tests.Cli;

public sealed class LanguageCliTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("npsbot-language-").FullName;

    [Fact]
    public async Task Train_themes_saves_the_model_in_the_data_folder_with_the_corrections()
    {
        var output = new StringWriter();

        var exitCode = await LanguageCli.RunAsync(
            ["train-themes", "--data", _data, "--training", TrainedModel.WriteSmallTrainingFile(_data)], TextReader.Null, output, TextWriter.Null, corrections: [("the bot ate my homework", "other")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(_data, ThemeModel.FileName)));
        Assert.Contains("1 corrections", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_trains_into_the_data_folder_when_no_model_is_there_yet()
    {
        var output = new StringWriter();

        var exitCode = await LanguageCli.RunAsync(
            ["classify", "--data", _data, "--training", TrainedModel.WriteSmallTrainingFile(_data)], new StringReader("I was charged twice on my card\n"), output, TextWriter.Null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains("\"theme\":\"billing\"", output.ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_data, ThemeModel.FileName)));
    }

    [Fact]
    public async Task Evaluate_prints_the_figures_for_the_labelled_sets()
    {
        var output = new StringWriter();
        var evaluation = Path.Combine(AppContext.BaseDirectory, "Evaluation");

        var exitCode = await LanguageCli.RunAsync(
            ["evaluate", "--data", ModelsCopied(), "--scores", Path.Combine(evaluation, "scores.tsv"), "--complaints", Path.Combine(evaluation, "complaints-blind.tsv")],
            TextReader.Null, output, TextWriter.Null, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        Assert.Contains("### Score recognizer (333 replies)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("macro-F1", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("### Escalation", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_finds_every_blind_folder_and_prints_each_batch_before_the_held_out_set()
    {
        var evaluation = Directory.CreateDirectory(Path.Combine(_data, "Evaluation")).FullName;
        var later = Directory.CreateDirectory(Path.Combine(evaluation, "blind-2099-01-01")).FullName;
        await File.WriteAllTextAsync(Path.Combine(later, "scores-first.tsv"), "en\t8\teight\nen\tnone\tthe 2 ladies were nice\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(later, "complaints-first.tsv"), "en\tdelivery\tno\t-\tthe parcel came late\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(later, "scores-second.tsv"), "en\t3\t3\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(evaluation, "scores.tsv"), "en\tok\t9\t9\n", TestContext.Current.CancellationToken);
        var output = new StringWriter();

        var exitCode = await LanguageCli.RunAsync(
            ["evaluate", "--data", ModelsCopied(), "--evaluation", evaluation],
            TextReader.Null, output, TextWriter.Null, cancellationToken: TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        var first = text.IndexOf("## blind-2099-01-01/first", StringComparison.Ordinal);
        var second = text.IndexOf("## blind-2099-01-01/second", StringComparison.Ordinal);
        var heldOut = text.IndexOf("## held-out", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first && heldOut > second, text);
        Assert.Contains("### Score recognizer (2 replies)", text, StringComparison.Ordinal);
        Assert.Contains("### Score recognizer (1 replies)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_verb_prints_the_usage_and_fails()
    {
        var error = new StringWriter();

        var exitCode = await LanguageCli.RunAsync(["evaluate"], TextReader.Null, TextWriter.Null, error, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("usage:", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    /// <summary>
    /// The data folder with the shared trained models in it (<see cref="TrainedModels"/>), which the evaluate verb loads
    /// as a restarted server does: the evaluate tests are about the figures printed, the two tests above about training.
    /// </summary>
    private string ModelsCopied()
    {
        TrainedModels.CopyInto(_data);
        return _data;
    }
}
