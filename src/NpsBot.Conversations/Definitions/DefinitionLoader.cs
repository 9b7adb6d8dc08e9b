namespace NpsBot.Conversations.Definitions;

/// <summary>
/// Loads a survey definition and its locales from the dialogs folder and checks, at load time, that every wording key
/// the code uses (and every key the definition names) exists in every locale.
/// </summary>
public static class DefinitionLoader
{
    public static SurveyDefinitions Load(string directory, string surveyFile, IEnumerable<string> requiredKeys)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(requiredKeys);
        var survey = SurveyFileReader.Read(directory, surveyFile);
        var locales = survey.Locales.ToDictionary(locale => locale, locale => WordingFileReader.Read(directory, locale));

        var keys = requiredKeys
            .Concat(survey.FollowUps.Select(rule => rule.QuestionKey))
            .Append(survey.DefaultFollowUpKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var missing = (from wording in locales.Values from key in keys where !wording.Has(key) select (wording.File, Key: key)).ToList();
        if (missing.Count > 0)
        {
            var (file, key) = missing[0];
            var all = string.Join("; ", missing.Select(m => $"{m.File}: {m.Key}"));
            throw new DefinitionException(file, key, $"missing (used by the code or by {surveyFile}). All missing keys: {all}");
        }

        return new SurveyDefinitions(survey, new WordingCatalog(survey.DefaultLocale, locales));
    }
}
