using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

public sealed class ThemeModelTests
{
    [Theory]
    [InlineData("The courier lost my parcel", "delivery")]
    [InlineData("El producto es defectuoso y se rompe enseguida", "product")]
    [InlineData("Le service client ne répond jamais au téléphone", "service")]
    [InlineData("Viel zu teuer, die Preise sind gestiegen", "price")]
    [InlineData("Fui cobrado duas vezes e o reembolso não chegou", "billing")]
    [InlineData("De app crasht bij het inloggen", "website")]
    public void Complaints_in_each_language_get_their_theme(string complaint, string theme)
    {
        var result = TrainedModel.Instance.Predict(complaint);

        Assert.Equal(theme, result.Theme);
        Assert.Equal(ThemeModel.Source, result.Source);
        Assert.InRange(result.Confidence, 0, 1);
    }

    [Fact]
    public async Task A_saved_model_loads_and_answers_like_the_trained_one()
    {
        var data = Directory.CreateTempSubdirectory("npsbot-themes-").FullName;
        try
        {
            string[] training = [TrainedModel.WriteSmallTrainingFile(data)];
            var trained = await ThemeModel.TrainAsync(data, training, [("refund please", "billing")], TestContext.Current.CancellationToken);

            var loaded = await ThemeModel.LoadOrTrainAsync(data, training, null, TestContext.Current.CancellationToken);

            Assert.Equal(trained.Predict("the checkout page crashes").Theme, loaded.Predict("the checkout page crashes").Theme);
            Assert.Equal(trained.Predict("late parcel").Confidence, loaded.Predict("late parcel").Confidence, 4);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_the_same_model()
    {
        var examples = TrainingData.Shipped().Where((_, i) => i % 8 == 0).ToList();

        var first = ThemeModel.Train(examples).Predict("the price is too high");
        var second = ThemeModel.Train(examples).Predict("the price is too high");

        Assert.Equal(first, second);
    }
}
