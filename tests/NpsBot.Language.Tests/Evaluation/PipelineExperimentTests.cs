using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using NpsBot.Language.Evaluation;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Evaluation;

public sealed class PipelineExperimentTests(ITestOutputHelper output)
{
    [Fact]
    public void Experiment()
    {
        var complaints = EvaluationSets.ReadComplaints(File.OpenText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "complaints.tsv")));
        var train = TrainingData.Shipped();
        foreach (var (name, word, charLen, allLengths, lbfgs) in new[]
        {
            ("w2 c4all sdca", 2, 4, true, false),
            ("w2 c3 sdca", 2, 3, false, false),
            ("w2 c4 sdca", 2, 4, false, false),
            ("w2 c5 sdca", 2, 5, false, false),
            ("w1 c4 sdca", 1, 4, false, false),
            ("w2 c4 lbfgs", 2, 4, false, true),
            ("w2 c5all lbfgs", 2, 5, true, true),
        })
        {
            var ml = new MLContext(1);
            var featurizer = new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepDiacritics = false,
                KeepPunctuations = false,
                KeepNumbers = false,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = word, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = charLen, UseAllLengths = allLengths },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            };
            var featurize = ml.Transforms.Conversion.MapValueToKey("LabelKey", "Label").Append(ml.Transforms.Text.FeaturizeText("Features", featurizer, "Text"));
            IEstimator<ITransformer> pipe = lbfgs
                ? featurize.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy("LabelKey", "Features"))
                : featurize.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options { LabelColumnName = "LabelKey", FeatureColumnName = "Features", NumberOfThreads = 1 }));
            pipe = pipe.Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
            var model = pipe.Fit(ml.Data.LoadFromEnumerable(train.Select(e => new ThemeInput { Text = e.Text, Label = e.Theme })));
            var engine = ml.Model.CreatePredictionEngine<ThemeInput, ThemePrediction>(model);
            var pairs = complaints.Select(c => (c.Theme, engine.Predict(new ThemeInput { Text = c.Text }).PredictedLabel)).ToList();
            var eval = ThemeEvaluation.From(pairs);
            output.WriteLine($"{name}: acc {eval.Accuracy:P1} macroF1 {eval.MacroF1:F3}");
        }
    }
}
