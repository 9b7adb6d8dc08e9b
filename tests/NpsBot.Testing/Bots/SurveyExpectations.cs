using System.Text.RegularExpressions;

namespace NpsBot.Testing.Bots;

/// <summary>
/// What browser and channel tests expect of the survey, kept to generic outcomes. When the fixture switches to the real
/// survey (see <see cref="TestSurvey"/>), its closing line goes here and the tests stay as they are.
/// </summary>
public static partial class SurveyExpectations
{
    /// <summary>The buttons of the 0–10 question, in order.</summary>
    public static IReadOnlyList<string> ScoreButtons { get; } = [.. Enumerable.Range(0, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>The bot's last message once the survey is complete.</summary>
    public static Regex FinalMessage { get; } = FinalMessagePattern();

    [GeneratedRegex("^Thank you for your feedback", RegexOptions.IgnoreCase)]
    private static partial Regex FinalMessagePattern();
}
