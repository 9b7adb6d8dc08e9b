using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Dialogs.Prompts;

namespace NpsBot.Conversations.Tests.Definitions;

/// <summary>The repository's dialogs folder as copied next to the tests, and a writable copy for tests that break it.</summary>
internal static class TestDialogs
{
    public const string SurveyFile = "nps-survey.yaml";

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "dialogs");

    public static IReadOnlyList<string> EngineKeys { get; } = [.. ConfirmPrompt.WordingKeys, "survey.ask-score"];

    public static SurveyDefinitions Load() => DefinitionLoader.Load(Directory, SurveyFile, EngineKeys);

    /// <summary>A fresh copy of the dialogs folder in a temporary directory; the caller deletes it.</summary>
    public static string Copy()
    {
        var target = Path.Combine(Path.GetTempPath(), $"npsbot-dialogs-{Guid.NewGuid():N}");
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Directory, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
