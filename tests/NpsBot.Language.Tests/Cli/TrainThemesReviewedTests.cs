using NpsBot.Language.Cli;
using NpsBot.Language.Tests.Themes;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Cli;

/// <summary>train-themes learns from the themes people gave stored complaints: a correction changes the prediction.</summary>
public sealed class TrainThemesReviewedTests : IDisposable
{
    private const string Complaint = "the zorblax quux widget frobnicated again";

    private readonly string _data = Directory.CreateTempSubdirectory("npsbot-language-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_managers_correction_changes_the_prediction_and_is_counted_by_source()
    {
        var training = TrainedModel.WriteSmallTrainingFile(_data);
        await LanguageCli.RunAsync(["train-themes", "--data", _data, "--training", training], TextReader.Null, TextWriter.Null, TextWriter.Null, cancellationToken: Ct);
        var before = await ClassifyAsync(training);

        var output = new StringWriter();
        ReviewedTheme[] reviewed =
        [
            new(Complaint, "website", "manager-corrected"),
            new("zorblax quux widget broke", "website", "manager-corrected"),
            new("frobnicated zorblax page", "website", "manager-corrected"),
            new("the courier was late", "delivery", "customer-confirmed"),
        ];
        var exitCode = await LanguageCli.RunAsync(
            ["train-themes", "--data", _data, "--training", training], TextReader.Null, output, TextWriter.Null, reviewed: reviewed, cancellationToken: Ct);
        var after = await ClassifyAsync(training);

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("\"theme\":\"website\"", before, StringComparison.Ordinal);
        Assert.Contains("\"theme\":\"website\"", after, StringComparison.Ordinal);
        Assert.Contains("Stored examples: 4 (1 customer-confirmed, 3 manager-corrected)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customers_confirmations_alone_are_learned_too()
    {
        var training = TrainedModel.WriteSmallTrainingFile(_data);
        ReviewedTheme[] confirmed =
        [
            new(Complaint, "website", "customer-confirmed"),
            new("zorblax quux widget broke", "website", "customer-confirmed"),
            new("frobnicated zorblax page", "website", "customer-confirmed"),
        ];

        var output = new StringWriter();
        await LanguageCli.RunAsync(
            ["train-themes", "--data", _data, "--training", training], TextReader.Null, output, TextWriter.Null, reviewed: confirmed, cancellationToken: Ct);

        Assert.Contains("\"theme\":\"website\"", await ClassifyAsync(training), StringComparison.Ordinal);
        Assert.Contains("Stored examples: 3 (3 customer-confirmed)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offline_result_names_the_model_version_and_the_words_that_weigh_most()
    {
        // The shared model (about the result it gives, not its training: the two tests above train their own).
        var classifier = new OfflineThemeClassifier(new ThemeModelHolder(TrainedModel.Instance));

        var result = await classifier.ClassifyAsync("I was charged twice on my card, the courier was friendly", "en", Ct);

        Assert.Equal("billing", result.Theme);
        Assert.StartsWith("offline@", result.ModelVersion, StringComparison.Ordinal);
        Assert.NotNull(result.Evidence);
        var words = result.Evidence.Split(' ');
        Assert.InRange(words.Length, 1, ThemeEvidence.MaxWords);
        Assert.All(words, w => Assert.Contains(w, "I was charged twice on my card, the courier was friendly", StringComparison.Ordinal));
        Assert.True(words.Any(w => w is "charged" or "twice" or "card"), result.Evidence);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private async Task<string> ClassifyAsync(string training)
    {
        var output = new StringWriter();
        await LanguageCli.RunAsync(["classify", "--data", _data, "--training", training], new StringReader(Complaint + "\n"), output, TextWriter.Null, cancellationToken: Ct);
        return output.ToString();
    }
}
