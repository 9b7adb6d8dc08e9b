using NpsBot.Recovery.Cases;

namespace NpsBot.Recovery.Tests.Cases;

public sealed class CasePriorityTests
{
    [Theory]
    [InlineData(5, "legal", "price", false, CasePriority.Urgent)]
    [InlineData(6, "safety", null, false, CasePriority.Urgent)]
    [InlineData(6, "churn-anger", "price", false, CasePriority.High)]
    [InlineData(1, "", "website", false, CasePriority.High)]
    [InlineData(4, "", "billing", false, CasePriority.High)]
    [InlineData(4, "", "website", false, CasePriority.Normal)]
    [InlineData(6, "", "billing", false, CasePriority.Normal)]
    [InlineData(8, "", "price", true, CasePriority.Low)]
    public void Escalation_comes_first_then_the_score_then_the_theme(int score, string reasons, string? theme, bool handoff, int expected) =>
        Assert.Equal(expected, CasePriority.Of(score, reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), theme, handoff));

    [Fact]
    public void A_handoff_before_any_score_is_high() => Assert.Equal(CasePriority.High, CasePriority.Of(null, [], null, handoff: true));
}
