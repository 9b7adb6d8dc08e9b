namespace NpsBot.Conversations.Definitions;

/// <summary>The wording of one locale, loaded from <c>locales/&lt;locale&gt;.yaml</c>.</summary>
public sealed class LocaleWording(string locale, string file, IReadOnlyDictionary<string, WordingEntry> entries)
{
    public string Locale { get; } = locale;

    /// <summary>The file it came from, relative to the dialogs folder.</summary>
    public string File { get; } = file;

    public IReadOnlyDictionary<string, WordingEntry> Entries { get; } = entries;

    public bool Has(string key) => Entries.ContainsKey(key);

    public WordingEntry Entry(string key) =>
        Entries.TryGetValue(key, out var entry) ? entry : throw new DefinitionException(File, key, "missing");

    /// <summary>
    /// The text of <paramref name="key"/> with placeholders filled. With several variants, <paramref name="seed"/>
    /// (the conversation id) picks one, so one conversation always reads the same wording and a retry is repeatable.
    /// </summary>
    public string Text(string key, IReadOnlyDictionary<string, string>? args = null, string? seed = null)
    {
        var variants = Entry(key).Variants;
        var index = variants.Count == 1 ? 0 : (int)(StableHash($"{seed}|{key}") % (uint)variants.Count);
        return TemplateText.Format(variants[index], args);
    }

    private static uint StableHash(string text)
    {
        // FNV-1a: string.GetHashCode changes between processes, and the variant must not change between turns.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
