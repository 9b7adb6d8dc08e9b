namespace NpsBot.Conversations.Definitions;

/// <summary>A loaded survey: its definition and the wording of all its locales, validated together.</summary>
public sealed record SurveyDefinitions(SurveyDefinition Survey, WordingCatalog Wording);
