using NpsBot.Conversations.Language;

namespace NpsBot.Surveys.Survey;

/// <summary>What the host configures for the survey; unset values fall back to <c>dialogs/nps-survey.yaml</c>.</summary>
public sealed record SurveyOptions
{
    public const string SectionName = "Survey";

    /// <summary>Where promoters are invited to write a review; null uses <c>review.defaultUrl</c> of the definition.</summary>
    public Uri? ReviewUrl { get; init; }

    /// <summary>The company named in the wording; null uses <c>company</c> of the definition.</summary>
    public string? CompanyName { get; init; }

    /// <summary>The dialogs folder, relative to the application's base directory unless rooted.</summary>
    public string DialogsDirectory { get; init; } = "dialogs";

    /// <summary>A survey in progress with no answer for this long is recorded as abandoned.</summary>
    public TimeSpan AbandonAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Below this theme confidence the survey does not guess ("So this was mainly about X?") but asks the customer to pick
    /// the theme among all of them, the likeliest first. 0 always guesses. The default comes from the offline model's
    /// figures on the blind batches (see src/NpsBot.Language/README.md, "Calibrated confidence").
    /// </summary>
    public double ThemeAskBelow { get; init; } = ThemeResult.DefaultAskBelow;
}
