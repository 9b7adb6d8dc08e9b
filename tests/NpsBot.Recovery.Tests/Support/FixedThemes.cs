using NpsBot.Conversations.Language;

namespace NpsBot.Recovery.Tests.Support;

/// <summary>A theme classifier that always guesses <paramref name="theme"/>, so a transcript can walk one playbook.</summary>
internal sealed class FixedThemes(string theme) : IThemeClassifier
{
    public Task<ThemeResult> ClassifyAsync(string complaint, string? locale, CancellationToken cancellationToken) =>
        Task.FromResult(new ThemeResult(theme, 0.7, null, "test"));
}
