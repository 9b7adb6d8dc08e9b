using System.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NpsBot.Language.Themes;

/// <summary>The configured themes, read from dialogs/themes.yaml (or the copy shipped inside this assembly).</summary>
public sealed class ThemeCatalog
{
    public const string FallbackTheme = "other";

    public ThemeCatalog(IReadOnlyList<ThemeDefinition> themes)
    {
        ArgumentNullException.ThrowIfNull(themes);
        if (themes.Count == 0)
        {
            throw new ArgumentException("At least one theme is needed.", nameof(themes));
        }

        Themes = themes;
        Ids = themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<ThemeDefinition> Themes { get; }

    public IReadOnlySet<string> Ids { get; }

    public static ThemeCatalog Shipped { get; } = Parse(EmbeddedResources.ReadText("themes.yaml"));

    public static ThemeCatalog Load(string? path) => path is null ? Shipped : Parse(File.ReadAllText(path));

    public static ThemeCatalog Parse(string yaml)
    {
        var document = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<ThemesDocument>(yaml);
        var themes = document.Themes
            .Select(t => new ThemeDefinition(t.Id ?? throw new InvalidDataException("A theme has no id."), t.Description ?? "", t.Examples ?? []))
            .ToList();
        return new ThemeCatalog(themes);
    }

    /// <summary>The theme list as the prompt shows it: one "- id: description (e.g. ...)" line per theme.</summary>
    public string Describe()
    {
        var builder = new StringBuilder();
        foreach (var theme in Themes)
        {
            builder.Append("- ").Append(theme.Id).Append(": ").Append(theme.Description);
            if (theme.Examples.Count > 0)
            {
                builder.Append(" Examples: ").AppendJoin(" | ", theme.Examples);
            }

            builder.AppendLine();
        }

        return builder.ToString();
    }

    private sealed class ThemesDocument
    {
        public List<ThemeEntry> Themes { get; set; } = [];
    }

    private sealed class ThemeEntry
    {
        public string? Id { get; set; }

        public string? Description { get; set; }

        public List<string>? Examples { get; set; }
    }
}
