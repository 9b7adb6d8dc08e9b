namespace NpsBot.Surveys.Handback;

/// <summary>The wording keys of the give-back and its rating question (every locale has them; see <c>SurveyKeys.All</c>).</summary>
public static class HandbackKeys
{
    public const string GivenBack = "agent.given-back";
    public const string RatingAsk = "agent.rating.ask";
    public const string RatingUnrecognized = "agent.rating.unrecognized";
    public const string RatingThanks = "agent.rating.thanks";
    public const string RatingGaveUp = "agent.rating.gave-up";

    public static IReadOnlyList<string> All { get; } = [GivenBack, RatingAsk, RatingUnrecognized, RatingThanks, RatingGaveUp];
}
