namespace NpsBot.Language.Themes;

/// <summary>
/// The complaints people labelled (managers' corrections over customers' confirmations), for a host that stores them. When
/// registered, <see cref="ThemeModelHolder"/> adds them whenever it has to train the model at start-up (no model yet, or
/// one trained from other lines or features), so a retrain after an upgrade keeps what people taught it.
/// </summary>
public interface IReviewedThemeSource
{
    Task<IReadOnlyList<ReviewedTheme>> LoadAsync(CancellationToken cancellationToken);
}
