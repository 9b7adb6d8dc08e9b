using NpsBot.Language.Kernel;

namespace NpsBot.Language;

/// <summary>Settings of the language services, bound from the "Language" configuration section.</summary>
public sealed record LanguageOptions
{
    public const string SectionName = "Language";

    /// <summary>The data folder (the same as the server's --data); the trained theme model is kept there.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>dialogs/themes.yaml to use instead of the shipped copy.</summary>
    public string? ThemesFile { get; set; }

    /// <summary>A prompts/ folder to use instead of the shipped prompts.</summary>
    public string? PromptsDirectory { get; set; }

    /// <summary>A folder (or file) of "theme&lt;TAB&gt;text" lines to train on instead of the shipped training/themes/.</summary>
    public string? TrainingDataPath { get; set; }

    public LlmOptions Llm { get; set; } = new();

    /// <summary>
    /// Whether the server builds every escalation cue's expression and the escalation model's bound on a background thread
    /// once it listens (perf16), rather than when a complaint first needs each of them.
    /// </summary>
    public bool BuildCuesAfterStart { get; set; } = true;

    public IEnumerable<string>? TrainingDataPaths => TrainingDataPath is null ? null : [TrainingDataPath];
}
