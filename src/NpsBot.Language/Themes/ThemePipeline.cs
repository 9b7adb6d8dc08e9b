using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace NpsBot.Language.Themes;

/// <summary>
/// The offline theme model's ML.NET pipeline: word unigrams+bigrams, character 4-grams (which carry across the six
/// languages and survive typos) and the <see cref="ThemeCues"/> domain-vocabulary features, into an L-BFGS maximum-entropy
/// classifier (light L2, tolerance 1e-4: a few seconds on the shipped data). One thread and a fixed seed make training repeatable.
/// </summary>
public static class ThemePipeline
{
    public const int Seed = 20261123;

    public static IEstimator<ITransformer> Create(MLContext ml)
    {
        ArgumentNullException.ThrowIfNull(ml);
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        return ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(ThemeInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", featurizer, nameof(ThemeInput.Text)))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", nameof(ThemeInput.Cues)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                L1Regularization = 0,
                L2Regularization = 0.001f,
                OptimizationTolerance = 1e-4f,
                NumberOfThreads = 1,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(ThemePrediction.PredictedLabel)));
    }
}
