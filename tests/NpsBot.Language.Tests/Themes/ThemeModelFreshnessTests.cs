using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

/// <summary>
/// A data folder's saved model is loaded only while it matches the base training lines and the pipeline
/// (<see cref="ThemeTrainingFingerprint"/>); new lines, a folder from before the fingerprint, or new features retrain it.
/// </summary>
public sealed class ThemeModelFreshnessTests : IDisposable
{
    private const string Complaint = "the zorblax quux widget frobnicated again";

    private static readonly (string Text, string Theme)[] Taught =
    [
        (Complaint, "website"),
        ("zorblax quux widget broke", "website"),
        ("frobnicated zorblax page", "website"),
    ];

    private readonly string _data = Directory.CreateTempSubdirectory("npsbot-themes-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_saved_model_is_loaded_while_the_training_lines_are_the_same()
    {
        string[] training = [TrainedModel.WriteSmallTrainingFile(_data)];
        await ThemeModel.TrainAsync(_data, training, null, Ct);

        // Loaded, not trained: the corrections offered would have made it "website".
        var loaded = await ThemeModel.LoadOrTrainAsync(_data, training, Taught, Ct);

        Assert.NotEqual("website", loaded.Predict(Complaint).Theme);
    }

    [Fact]
    public async Task New_training_lines_retrain_the_saved_model_at_the_next_load()
    {
        var small = TrainedModel.WriteSmallTrainingFile(_data);
        await ThemeModel.TrainAsync(_data, [small], null, Ct);
        var before = ThemeTrainingFingerprint.Read(_data);
        await File.AppendAllLinesAsync(small, Taught.Select(t => t.Theme + "\t" + t.Text), Ct);

        var model = await ThemeModel.LoadOrTrainAsync(_data, [small], null, Ct);

        Assert.Equal("website", model.Predict(Complaint).Theme);
        Assert.NotNull(before);
        Assert.NotEqual(before, ThemeTrainingFingerprint.Read(_data));
        Assert.Equal(ThemeTrainingFingerprint.Of(TrainingData.Load([small])), ThemeTrainingFingerprint.Read(_data));
    }

    [Fact]
    public async Task A_folder_saved_before_the_fingerprint_existed_is_retrained_with_the_reviewed_themes()
    {
        string[] training = [TrainedModel.WriteSmallTrainingFile(_data)];
        await ThemeModel.TrainAsync(_data, training, null, Ct);
        File.Delete(Path.Combine(_data, ThemeTrainingFingerprint.FileName));
        var reviewed = new FixedReviewedThemes([.. Taught.Select(t => new ReviewedTheme(t.Text, t.Theme, "manager-corrected"))]);
        var holder = new ThemeModelHolder(new LanguageOptions { DataDirectory = _data, TrainingDataPath = training[0] }, reviewed);

        var model = await holder.GetAsync(Ct);

        Assert.Equal("website", model.Predict(Complaint).Theme);
        Assert.Equal(1, reviewed.Reads);
        Assert.Equal(ThemeTrainingFingerprint.Of(TrainingData.Load(training)), ThemeTrainingFingerprint.Read(_data));
    }

    [Fact]
    public void The_fingerprint_covers_the_lines_and_their_themes()
    {
        ThemeExample[] lines = [new("the parcel came late", "delivery"), new("too expensive", "price")];

        Assert.Equal(ThemeTrainingFingerprint.Of(lines), ThemeTrainingFingerprint.Of([.. lines]));
        Assert.NotEqual(ThemeTrainingFingerprint.Of(lines), ThemeTrainingFingerprint.Of([lines[0], new("too expensive", "billing")]));
        Assert.NotEqual(ThemeTrainingFingerprint.Of(lines), ThemeTrainingFingerprint.Of([lines[0]]));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private sealed class FixedReviewedThemes(IReadOnlyList<ReviewedTheme> themes) : IReviewedThemeSource
    {
        public int Reads { get; private set; }

        public Task<IReadOnlyList<ReviewedTheme>> LoadAsync(CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult(themes);
        }
    }
}
