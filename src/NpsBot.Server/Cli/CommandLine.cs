namespace NpsBot.Server.Cli;

/// <summary>The verbs the server binary understands besides running the server.</summary>
public static class CommandLine
{
    /// <summary>Options every verb and the server share, mapped to configuration keys.</summary>
    public static IDictionary<string, string> SwitchMappings { get; } = new Dictionary<string, string>
    {
        ["--data"] = "Storage:DataDirectory",
    };

    public static string? VerbOf(string[] args) => args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;

    public static string? OptionOf(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
