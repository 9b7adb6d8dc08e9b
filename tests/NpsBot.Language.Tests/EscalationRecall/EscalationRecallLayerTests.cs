using NpsBot.Language.EscalationRecall;

namespace NpsBot.Language.Tests.EscalationRecall;

/// <summary>
/// How the model joins the cues (issue 12, escmodel14; the minimum evidence rule since escmodel15): the cues' reasons stand
/// when they fire; otherwise the model's probability against the threshold, and against the short-text threshold for a
/// text of fewer words than the gate's minimum.
/// </summary>
public sealed class EscalationRecallLayerTests
{
    private static readonly EscalationModelGate Gate = new(Threshold: 0.5, MinimumWords: 4, ShortTextThreshold: 0.9);

    [Fact]
    public void The_cues_reasons_stand_whatever_the_model_says() =>
        Assert.Equal(["legal"], EscalationRecallLayer.Combine(["legal"], (0.99, "abuse"), Gate, 2));

    [Fact]
    public void Without_cues_the_model_escalates_at_the_threshold_with_its_reason() =>
        Assert.Equal(["abuse"], EscalationRecallLayer.Combine([], (0.5, "abuse"), Gate, 4));

    [Fact]
    public void Without_cues_a_probability_below_the_threshold_does_not_escalate() =>
        Assert.Empty(EscalationRecallLayer.Combine([], (0.49, "abuse"), Gate, 12));

    [Fact]
    public void A_short_text_needs_the_short_text_threshold()
    {
        Assert.Empty(EscalationRecallLayer.Combine([], (0.89, "repeated_contact"), Gate, 3));
        Assert.Equal(["repeated_contact"], EscalationRecallLayer.Combine([], (0.9, "repeated_contact"), Gate, 3));
    }

    [Theory]
    [InlineData("about ten days", 3)]
    [InlineData("  order 4471-B , placed Monday !", 4)]
    [InlineData("😡😡", 0)]
    public void Words_are_counted_as_runs_holding_a_letter_or_a_digit(string text, int words) =>
        Assert.Equal(words, EscalationModelGate.Words(text));
}
