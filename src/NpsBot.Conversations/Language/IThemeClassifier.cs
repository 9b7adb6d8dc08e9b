namespace NpsBot.Conversations.Language;

/// <summary>Sorts a complaint into one of the configured themes (delivery, product, service, price, billing, website, other...).</summary>
public interface IThemeClassifier
{
    Task<ThemeResult> ClassifyAsync(string complaint, string? locale, CancellationToken cancellationToken);
}
