using NpsBot.Conversations.Language;

namespace NpsBot.Language.Themes;

/// <summary>
/// The offline default <see cref="IThemeClassifier"/>: the trained ML.NET model, no network. Its result names the
/// model's version and the complaint's words that weigh most for the theme (<see cref="ThemeEvidence"/>).
/// </summary>
public sealed class OfflineThemeClassifier(ThemeModelHolder models) : IThemeClassifier
{
    public async Task<ThemeResult> ClassifyAsync(string complaint, string? locale, CancellationToken cancellationToken)
    {
        var model = await models.GetAsync(cancellationToken);
        var input = ThemeInput.For(complaint);
        var result = model.Predict(input, out var modelProbability);
        return result with { ModelVersion = model.Version, Evidence = ThemeEvidence.For(model, complaint, result.Theme, input.Cues, modelProbability) };
    }
}
