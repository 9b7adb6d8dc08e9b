using System.Text.RegularExpressions;

namespace NpsBot.Conversations.Definitions;

/// <summary>Fills <c>{name}</c> placeholders of a wording template.</summary>
public static partial class TemplateText
{
    /// <summary>Replaces each <c>{name}</c> with its argument; a placeholder without an argument is a bug and throws.</summary>
    public static string Format(string template, IReadOnlyDictionary<string, string>? args)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            return args is not null && args.TryGetValue(name, out var value)
                ? value
                : throw new InvalidOperationException($"No value for placeholder '{{{name}}}' in \"{template}\".");
        });
    }

    /// <summary>The placeholder names used by a template.</summary>
    public static IEnumerable<string> PlaceholdersOf(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9_-]*)\}")]
    private static partial Regex Placeholder();
}
