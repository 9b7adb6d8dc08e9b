using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NpsBot.Conversations.Definitions;

/// <summary>Small helpers to read a YAML file as nodes and turn shape errors into <see cref="DefinitionException"/>s.</summary>
internal static class YamlReading
{
    public static YamlMappingNode ReadMapping(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!System.IO.File.Exists(path))
        {
            throw new DefinitionException(file, null, $"file not found in the dialogs folder '{directory}'");
        }

        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
                ? root
                : throw new DefinitionException(file, null, "expected a mapping of keys at the top level");
        }
        catch (YamlException e)
        {
            throw new DefinitionException(file, null, $"invalid YAML at line {e.Start.Line}: {e.Message}", e);
        }
    }

    public static string Scalar(YamlNode node, string file, string key) =>
        node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw new DefinitionException(file, key, $"expected a non-empty text (line {node.Start.Line})");

    public static IReadOnlyList<string> Strings(YamlNode node, string file, string key) => node switch
    {
        YamlScalarNode => [Scalar(node, file, key)],
        YamlSequenceNode sequence => [.. sequence.Children.Select(child => Scalar(child, file, key))],
        _ => throw new DefinitionException(file, key, $"expected a text or a list of texts (line {node.Start.Line})"),
    };

    public static YamlMappingNode Mapping(YamlNode node, string file, string key) =>
        node as YamlMappingNode ?? throw new DefinitionException(file, key, $"expected a mapping (line {node.Start.Line})");

    public static YamlNode Required(YamlMappingNode mapping, string name, string file, string? parent = null) =>
        Optional(mapping, name) ?? throw new DefinitionException(file, Join(parent, name), "required setting is missing");

    public static YamlNode? Optional(YamlMappingNode mapping, string name) =>
        mapping.Children.TryGetValue(new YamlScalarNode(name), out var node) ? node : null;

    public static int PositiveInt(YamlNode node, string file, string key) =>
        int.TryParse(Scalar(node, file, key), System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw new DefinitionException(file, key, "expected a whole number of at least 1");

    public static string Join(string? parent, string name) => parent is null ? name : $"{parent}.{name}";
}
