using Bunit;
using NpsBot.Console.Insights;
using NpsBot.Recovery.Insights;

namespace NpsBot.Console.Tests.Insights;

public sealed class RelabelFormTests : InsightsTestContext
{
    [Fact]
    public void Without_a_reason_nothing_is_sent_and_the_form_says_why()
    {
        var form = RenderForm();

        form.Find("#relabel-theme").Change("price");
        form.Find("#relabel-reason").Change("   ");
        form.Find("form").Submit();

        Assert.Empty(Insights.Corrections);
        Assert.Equal(nameof(RelabelOutcome.ReasonMissing), form.Find("[data-outcome]").GetAttribute("data-outcome"));
        Assert.Contains("Give a reason", form.Find("[data-outcome]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_theme_and_a_reason_the_correction_is_sent_and_the_outcome_shown()
    {
        var relabelled = 0;
        var form = Render<RelabelForm>(p => p.Add(f => f.ResponseId, 5L).Add(f => f.Themes, Insights.Themes).Add(f => f.CorrectedBy, "mia@example.com")
            .Add(f => f.OnRelabelled, () => relabelled++));

        form.Find("#relabel-theme").Change("price");
        form.Find("#relabel-reason").Change("They complain about the fee, not the delay");
        form.Find("form").Submit();

        Assert.Equal(new ThemeCorrection(5, "price", "They complain about the fee, not the delay", "mia@example.com"), Assert.Single(Insights.Corrections));
        Assert.Equal(1, relabelled);
        Assert.Contains("Relabelled as “price”", form.Find("[data-outcome]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_correction_says_why()
    {
        Insights.Outcome = RelabelOutcome.SameTheme;
        var form = RenderForm();

        form.Find("#relabel-theme").Change("delivery");
        form.Find("#relabel-reason").Change("check");
        form.Find("form").Submit();

        Assert.Equal(nameof(RelabelOutcome.SameTheme), form.Find("[data-outcome]").GetAttribute("data-outcome"));
    }

    [Fact]
    public void An_overlong_reason_is_refused_with_the_limit_and_the_box_holds_no_more()
    {
        Insights.Outcome = RelabelOutcome.ReasonTooLong;
        var form = RenderForm();

        form.Find("#relabel-theme").Change("price");
        form.Find("#relabel-reason").Change("far too long");
        form.Find("form").Submit();

        Assert.Equal(nameof(RelabelOutcome.ReasonTooLong), form.Find("[data-outcome]").GetAttribute("data-outcome"));
        Assert.Contains($"{ThemeCorrection.MaxReasonLength} characters", form.Find("[data-outcome]").TextContent, StringComparison.Ordinal);
        Assert.Equal($"{ThemeCorrection.MaxReasonLength}", form.Find("#relabel-reason").GetAttribute("maxlength"));
    }

    private IRenderedComponent<RelabelForm> RenderForm() =>
        Render<RelabelForm>(p => p.Add(f => f.ResponseId, 5L).Add(f => f.Themes, Insights.Themes).Add(f => f.CorrectedBy, "mia@example.com"));
}
