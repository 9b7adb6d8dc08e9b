using NpsBot.Language.EscalationRecall;

namespace NpsBot.Language.Tests.EscalationRecall;

/// <summary>How the model joins the cues (issue 12, escmodel14): the cues' reasons stand when they fire; otherwise the model's probability against the threshold.</summary>
public sealed class EscalationRecallLayerTests
{
    [Fact]
    public void The_cues_reasons_stand_whatever_the_model_says() =>
        Assert.Equal(["legal"], EscalationRecallLayer.Combine(["legal"], (0.99, "abuse"), 0.5));

    [Fact]
    public void Without_cues_the_model_escalates_at_the_threshold_with_its_reason() =>
        Assert.Equal(["abuse"], EscalationRecallLayer.Combine([], (0.5, "abuse"), 0.5));

    [Fact]
    public void Without_cues_a_probability_below_the_threshold_does_not_escalate() =>
        Assert.Empty(EscalationRecallLayer.Combine([], (0.49, "abuse"), 0.5));
}
