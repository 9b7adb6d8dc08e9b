using NpsBot.Conversations.Language;
using NpsBot.Language.Evaluation;

namespace NpsBot.Language.Tests.Evaluation;

public sealed class ThemeAskShareTests
{
    [Fact]
    public void Answers_below_the_threshold_are_asked_and_only_the_kept_ones_count_for_accuracy()
    {
        (string, ThemeResult)[] predictions =
        [
            ("delivery", new ThemeResult("delivery", 0.9, null, "offline")),
            ("product", new ThemeResult("service", 0.7, null, "offline")),
            ("other", new ThemeResult("product", 0.3, null, "offline")),
            ("price", new ThemeResult("price", 0.49, null, "offline")),
        ];

        var share = ThemeAskShare.Of(predictions);

        Assert.Equal(4, share.Complaints);
        Assert.Equal(2, share.Asked);
        Assert.Equal(0.5, share.AskedShare);
        Assert.Equal(1, share.KeptRight);
        Assert.Equal(0.5, share.KeptAccuracy);
    }

    [Fact]
    public void A_confidence_at_the_threshold_is_kept_as_the_survey_keeps_it()
    {
        var share = ThemeAskShare.Of([("billing", new ThemeResult("billing", ThemeResult.DefaultAskBelow, null, "offline"))]);

        Assert.Equal(0, share.Asked);
        Assert.Equal(1.0, share.KeptAccuracy);
    }
}
