using NpsBot.Recovery.Insights;
using NpsBot.Storage.Stores;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Themes;

/// <summary>Writes a survey response's new theme labels with the turn's prepared commands (see <see cref="ThemeLabelSql"/>).</summary>
internal static class ThemeLabelRows
{
    public static void Write(TurnCommands sql, SurveyResponse response)
    {
        var at = sql.StoredTime(response.UpdatedAt);
        if (response.ThemeGuess is { } guess)
        {
            TurnCommands.Execute(
                sql.InsertModelLabel,
                ("$response_key", response.ResponseKey), ("$theme", guess), ("$source", SourceOf(response.ThemeGuessSource)),
                ("$model_version", response.ThemeModelVersion), ("$evidence", response.ThemeEvidence), ("$confidence", response.ThemeConfidence), ("$at", at));
        }

        if (response.ConfirmedTheme is { } confirmed)
        {
            // The customer's own words are the evidence for the theme they confirmed or picked.
            TurnCommands.Execute(
                sql.InsertCustomerLabel, ("$response_key", response.ResponseKey), ("$theme", confirmed), ("$evidence", response.Reason), ("$at", at));
        }
    }

    /// <summary>The classifier's name ("llm", "offline") as a <see cref="ThemeSources"/> value.</summary>
    public static string SourceOf(string? classifier) => classifier switch
    {
        "llm" => ThemeSources.LanguageModel,
        "offline" => ThemeSources.OfflineModel,
        _ => ThemeSources.Model,
    };
}
