using NpsBot.Surveys.Fatigue;

namespace NpsBot.Recovery.Fatigue;

/// <summary>
/// Survey fatigue that looks at state as well as time: STOP is final, an open case or a recent handoff means a person is
/// dealing with the customer, and a recent survey (on any channel) is enough for now. Pure: the time is passed in.
/// </summary>
public static class FatigueRules
{
    public static string? Refusal(CustomerHistory history, DateTimeOffset now, FatigueOptions options)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(options);
        if (history.OptedOut)
        {
            return SurveyRefusals.OptedOut;
        }

        if (history.HasOpenCase)
        {
            return SurveyRefusals.OpenCase;
        }

        if (history.LastHandoffAt is { } handoff && now - handoff < TimeSpan.FromDays(options.QuietDaysAfterHandoff))
        {
            return SurveyRefusals.RecentHandoff;
        }

        return history.LastSurveyedAt is { } surveyed && now - surveyed < TimeSpan.FromDays(options.SurveyEveryDays)
            ? SurveyRefusals.RecentlySurveyed
            : null;
    }
}
