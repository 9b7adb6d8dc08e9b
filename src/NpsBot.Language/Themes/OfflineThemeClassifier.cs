using NpsBot.Conversations.Language;

namespace NpsBot.Language.Themes;

/// <summary>The offline default <see cref="IThemeClassifier"/>: the trained ML.NET model, no network.</summary>
public sealed class OfflineThemeClassifier(ThemeModelHolder models) : IThemeClassifier
{
    public async Task<ThemeResult> ClassifyAsync(string complaint, string? locale, CancellationToken cancellationToken)
    {
        var model = await models.GetAsync(cancellationToken);
        return model.Predict(complaint);
    }
}
