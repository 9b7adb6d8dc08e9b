using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Definitions;

/// <summary>The wording of every locale, and the rule that picks one for a conversation ("es-MX" → es, unknown → the default).</summary>
public sealed class WordingCatalog(string defaultLocale, IReadOnlyDictionary<string, LocaleWording> locales)
{
    public string DefaultLocale { get; } = defaultLocale;

    public IReadOnlyDictionary<string, LocaleWording> Locales { get; } = locales;

    public LocaleWording For(string? locale)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            var tag = locale.Trim().Replace('_', '-').ToLowerInvariant();
            if (Locales.TryGetValue(tag, out var exact))
            {
                return exact;
            }

            var language = tag.Split('-')[0];
            if (Locales.TryGetValue(language, out var byLanguage))
            {
                return byLanguage;
            }
        }

        return Locales[DefaultLocale];
    }

    /// <summary>The wording for the turn's conversation, bound to the turn (see <see cref="TurnWording"/>).</summary>
    public TurnWording For(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new TurnWording(For(ConversationLocale.Of(turn)), turn);
    }
}
