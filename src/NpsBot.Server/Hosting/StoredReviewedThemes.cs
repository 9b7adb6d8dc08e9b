using NpsBot.Language.Themes;
using NpsBot.Storage.Themes;

namespace NpsBot.Server.Hosting;

/// <summary>
/// The complaints people labelled in the database (managers' corrections over customers' confirmations), so a theme model
/// retrained at start-up because its training lines or features changed keeps what people taught it (<see cref="ThemeModelHolder"/>).
/// </summary>
public sealed class StoredReviewedThemes(ThemeTrainingSet trainingSet) : IReviewedThemeSource
{
    public async Task<IReadOnlyList<ReviewedTheme>> LoadAsync(CancellationToken cancellationToken) =>
        [.. (await trainingSet.LoadAsync(cancellationToken)).Select(e => new ReviewedTheme(e.Text, e.Theme, e.Source))];
}
