using YamlDotNet.RepresentationModel;

namespace NpsBot.Conversations.Definitions;

/// <summary>Reads one <c>locales/&lt;locale&gt;.yaml</c>: each key is a text, a list of variants, or a mapping with text/variants/buttons/accepts.</summary>
internal static class WordingFileReader
{
    private static readonly HashSet<string> Fields = ["text", "variants", "buttons", "accepts"];

    public static LocaleWording Read(string directory, string locale)
    {
        var file = $"locales/{locale}.yaml";
        var root = YamlReading.ReadMapping(directory, file);
        var entries = new Dictionary<string, WordingEntry>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = YamlReading.Scalar(keyNode, file, "(key)");
            entries[key] = valueNode is YamlMappingNode mapping
                ? ReadMapping(mapping, file, key)
                : new WordingEntry(YamlReading.Strings(valueNode, file, key));
        }

        return new LocaleWording(locale, file, entries);
    }

    private static WordingEntry ReadMapping(YamlMappingNode mapping, string file, string key)
    {
        foreach (var field in mapping.Children.Keys)
        {
            var name = YamlReading.Scalar(field, file, key);
            if (!Fields.Contains(name))
            {
                throw new DefinitionException(file, key, $"unknown field '{name}' (expected {string.Join(", ", Fields)})");
            }
        }

        IReadOnlyList<string> Read(string name) =>
            YamlReading.Optional(mapping, name) is { } node ? YamlReading.Strings(node, file, key) : [];

        var variants = Read("text").Concat(Read("variants")).ToList();
        if (variants.Count == 0)
        {
            throw new DefinitionException(file, key, "needs a text or variants");
        }

        return new WordingEntry(variants) { Buttons = Read("buttons"), Accepts = Read("accepts") };
    }
}
