using NpsBot.Conversations.Definitions;
using YamlDotNet.RepresentationModel;

namespace NpsBot.Recovery.Playbooks;

/// <summary>Reads <c>playbooks.yaml</c>; a missing locale, theme wording or unknown remedy stops the start with the key named.</summary>
internal static class PlaybookFileReader
{
    public static PlaybookCatalog Read(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new DefinitionException(file, null, $"file not found in the dialogs folder '{directory}'");
        }

        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var locales = Sequence(Get(root, "locales", file, "locales"), file, "locales");
        var defaultLocale = Scalar(Get(root, "defaultLocale", file, "defaultLocale"), file, "defaultLocale");
        var remedies = new Dictionary<string, Remedy>(StringComparer.Ordinal);
        foreach (var (codeNode, node) in Mapping(Get(root, "remedies", file, "remedies"), file, "remedies").Children)
        {
            var code = Scalar(codeNode, file, "remedies");
            var map = Mapping(node, file, $"remedies.{code}");
            remedies[code] = new Remedy
            {
                Code = code,
                MaxScore = Optional(map, "maxScore") is { } max ? int.Parse(Scalar(max, file, code), System.Globalization.CultureInfo.InvariantCulture) : 6,
                Limit = Optional(map, "limit") is { } limit ? int.Parse(Scalar(limit, file, code), System.Globalization.CultureInfo.InvariantCulture) : null,
                Pool = Optional(map, "pool") is { } pool ? Scalar(pool, file, code) : null,
                Callback = Optional(map, "callback") is { } callback && Scalar(callback, file, code) == "true",
                Title = PerLocale(Get(map, "title", file, $"remedies.{code}"), locales, file, $"remedies.{code}.title"),
                Confirmation = PerLocale(Get(map, "confirmation", file, $"remedies.{code}"), locales, file, $"remedies.{code}.confirmation"),
            };
        }

        var playbooks = new List<Playbook>();
        foreach (var (themeNode, node) in Mapping(Get(root, "themes", file, "themes"), file, "themes").Children)
        {
            var theme = Scalar(themeNode, file, "themes");
            var key = $"themes.{theme}";
            var map = Mapping(node, file, key);
            var allowed = Sequence(Get(map, "remedies", file, key), file, $"{key}.remedies");
            foreach (var code in allowed.Where(code => !remedies.ContainsKey(code)))
            {
                throw new DefinitionException(file, $"{key}.remedies", $"unknown remedy '{code}'");
            }

            var acknowledgements = Mapping(Get(map, "acknowledgements", file, key), file, $"{key}.acknowledgements");
            playbooks.Add(new Playbook
            {
                Theme = theme,
                Label = PerLocale(Get(map, "label", file, key), locales, file, $"{key}.label"),
                Phrase = PerLocale(Get(map, "phrase", file, key), locales, file, $"{key}.phrase"),
                Acknowledgements = locales.ToDictionary(
                    l => l,
                    l => (IReadOnlyList<string>)Sequence(Get(acknowledgements, l, file, $"{key}.acknowledgements"), file, $"{key}.acknowledgements.{l}")),
                Remedies = allowed,
            });
        }

        return new PlaybookCatalog(playbooks, remedies, locales, defaultLocale);
    }

    private static Dictionary<string, string> PerLocale(YamlNode node, IReadOnlyList<string> locales, string file, string key)
    {
        var map = Mapping(node, file, key);
        return locales.ToDictionary(l => l, l => Scalar(Get(map, l, file, key), file, $"{key}.{l}"));
    }

    private static YamlNode Get(YamlMappingNode map, string name, string file, string parent) =>
        Optional(map, name) ?? throw new DefinitionException(file, $"{parent}.{name}", "missing");

    private static YamlNode? Optional(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    private static YamlMappingNode Mapping(YamlNode node, string file, string key) =>
        node as YamlMappingNode ?? throw new DefinitionException(file, key, "expected a mapping");

    private static string Scalar(YamlNode node, string file, string key) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? value : throw new DefinitionException(file, key, "expected a non-empty text");

    private static List<string> Sequence(YamlNode node, string file, string key) =>
        node is YamlSequenceNode sequence ? [.. sequence.Children.Select(c => Scalar(c, file, key))] : throw new DefinitionException(file, key, "expected a list");
}
