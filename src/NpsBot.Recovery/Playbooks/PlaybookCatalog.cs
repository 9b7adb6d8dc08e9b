namespace NpsBot.Recovery.Playbooks;

/// <summary>Every playbook and remedy of <c>dialogs/playbooks.yaml</c>, checked to have wording in every locale.</summary>
public sealed class PlaybookCatalog(IReadOnlyList<Playbook> playbooks, IReadOnlyDictionary<string, Remedy> remedies, IReadOnlyList<string> locales, string defaultLocale)
{
    public const string FileName = "playbooks.yaml";

    public IReadOnlyList<Playbook> Playbooks { get; } = playbooks;

    public IReadOnlyDictionary<string, Remedy> Remedies { get; } = remedies;

    public IReadOnlyList<string> Locales { get; } = locales;

    public string DefaultLocale { get; } = defaultLocale;

    public Playbook? For(string theme) => Playbooks.FirstOrDefault(p => p.Theme == theme);

    /// <summary>The locale key used for <paramref name="locale"/> ("fr-CA" → "fr"; unknown → the default).</summary>
    public string LocaleOf(string? locale)
    {
        var language = (locale ?? string.Empty).Split('-', '_')[0].ToLowerInvariant();
        return Locales.Contains(language) ? language : DefaultLocale;
    }

    public static PlaybookCatalog Load(string directory) => PlaybookFileReader.Read(directory, FileName);
}
