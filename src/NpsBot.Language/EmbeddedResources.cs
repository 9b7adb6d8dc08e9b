namespace NpsBot.Language;

/// <summary>Reads the defaults shipped inside this assembly (themes, prompt, training data, lexicon).</summary>
public static class EmbeddedResources
{
    private const string Prefix = "NpsBot.Language.";

    public static string ReadText(string name)
    {
        using var stream = typeof(EmbeddedResources).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"The shipped resource {name} is missing.", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> Names(string startsWith) =>
        typeof(EmbeddedResources).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + startsWith, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);
}
