using NpsBot.Language.EscalationRecall;

namespace NpsBot.Language.Tests.EscalationRecall;

/// <summary>
/// The escalation model kept in the data folder (escmodel15), as the theme model is: a restart loads the saved model when
/// it was trained from the same lines, and trains again when the lines changed. A few lines stand for the shipped ones so
/// that each training takes a moment.
/// </summary>
public sealed class EscalationModelStoreTests : IDisposable
{
    private static readonly EscalationExample[] Lines =
    [
        new("I will see you in court, my lawyer has the papers", "legal"),
        new("my solicitor is writing to you about this", "legal"),
        new("the socket sparked and the wall is black", "safety"),
        new("smoke came out of the charger next to my son", "safety"),
        new("the parcel came a day late", EscalationModel.NoEscalation),
        new("the shirt is a bit too small", EscalationModel.NoEscalation),
        new("the app logs me out now and then", EscalationModel.NoEscalation),
        new("prices went up again this month", EscalationModel.NoEscalation),
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "escalation-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_restart_loads_the_saved_model_that_reads_as_the_trained_one()
    {
        var trained = EscalationModelStore.LoadOrTrain(_dataDirectory, Lines);
        var savedAt = File.GetLastWriteTimeUtc(Path.Combine(_dataDirectory, EscalationModelStore.FileName));

        var loaded = EscalationModelStore.LoadOrTrain(_dataDirectory, Lines);

        Assert.Equal(savedAt, File.GetLastWriteTimeUtc(Path.Combine(_dataDirectory, EscalationModelStore.FileName)));
        Assert.Equal(trained.Predict("my lawyer will call you").Probability, loaded.Predict("my lawyer will call you").Probability, 6);
    }

    [Fact]
    public void New_training_lines_train_and_save_the_model_again()
    {
        EscalationModelStore.LoadOrTrain(_dataDirectory, Lines);
        var before = File.ReadAllText(Path.Combine(_dataDirectory, EscalationModelStore.FingerprintFileName));

        EscalationModelStore.LoadOrTrain(_dataDirectory, [.. Lines, new("nobody ever answers my e-mails, this is the fifth", "repeated_contact")]);

        Assert.NotEqual(before, File.ReadAllText(Path.Combine(_dataDirectory, EscalationModelStore.FingerprintFileName)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
