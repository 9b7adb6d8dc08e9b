namespace NpsBot.Language.Cli;

/// <summary>The verb and its <c>--name value</c> options (flags without a value are "true").</summary>
public sealed record CliArguments(string Verb, IReadOnlyDictionary<string, string> Options)
{
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[args[i][2..]] = hasValue ? args[++i] : "true";
        }

        return new CliArguments(args.Count > 0 ? args[0] : "", options);
    }

    public string? this[string name] => Options.GetValueOrDefault(name);
}
