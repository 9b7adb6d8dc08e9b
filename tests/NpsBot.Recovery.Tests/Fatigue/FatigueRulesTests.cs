using NpsBot.Recovery.Fatigue;
using NpsBot.Recovery.Tests.Support;
using NpsBot.Surveys.Fatigue;

namespace NpsBot.Recovery.Tests.Fatigue;

public sealed class FatigueRulesTests
{
    private static readonly DateTimeOffset Now = Times.TuesdayAfternoon;
    private static readonly FatigueOptions Options = new() { SurveyEveryDays = 30, QuietDaysAfterHandoff = 14 };

    [Fact]
    public void A_customer_with_no_history_may_be_surveyed() => Assert.Null(FatigueRules.Refusal(CustomerHistory.None, Now, Options));

    [Fact]
    public void Stop_is_final_whatever_else_is_true() =>
        Assert.Equal(SurveyRefusals.OptedOut, FatigueRules.Refusal(new CustomerHistory(true, null, false, null), Now.AddYears(1), Options));

    [Fact]
    public void An_open_case_means_a_person_is_on_it_and_no_survey_is_sent() =>
        Assert.Equal(SurveyRefusals.OpenCase, FatigueRules.Refusal(CustomerHistory.None with { HasOpenCase = true }, Now, Options));

    [Theory]
    [InlineData(13, SurveyRefusals.RecentHandoff)]
    [InlineData(14, null)]
    public void After_a_handoff_the_customer_is_left_alone_for_the_quiet_days(int daysAgo, string? expected) =>
        Assert.Equal(expected, FatigueRules.Refusal(CustomerHistory.None with { LastHandoffAt = Now.AddDays(-daysAgo) }, Now, Options));

    [Theory]
    [InlineData(29, SurveyRefusals.RecentlySurveyed)]
    [InlineData(30, null)]
    public void At_most_one_survey_per_period(int daysAgo, string? expected) =>
        Assert.Equal(expected, FatigueRules.Refusal(CustomerHistory.None with { LastSurveyedAt = Now.AddDays(-daysAgo) }, Now, Options));
}
