using NpsBot.Conversations.Language;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>A theme classifier that always answers <paramref name="theme"/>.</summary>
internal sealed class FixedThemes(string theme) : IThemeClassifier
{
    public Task<ThemeResult> ClassifyAsync(string complaint, string? locale, CancellationToken cancellationToken) =>
        Task.FromResult(new ThemeResult(theme, 0.8, null, "test"));
}
