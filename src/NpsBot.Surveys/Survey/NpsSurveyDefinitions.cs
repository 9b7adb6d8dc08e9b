using NpsBot.Conversations.Definitions;

namespace NpsBot.Surveys.Survey;

/// <summary>Loads <c>nps-survey.yaml</c> and its locales, checking every key in <see cref="SurveyKeys.All"/>.</summary>
public static class NpsSurveyDefinitions
{
    public const string FileName = "nps-survey.yaml";

    public static SurveyDefinitions Load(string directory) => DefinitionLoader.Load(directory, FileName, SurveyKeys.All);
}
