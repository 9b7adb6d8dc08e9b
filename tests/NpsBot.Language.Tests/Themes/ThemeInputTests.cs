using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

public sealed class ThemeInputTests
{
    [Fact]
    public void Themes_with_fewer_training_lines_weigh_more_and_every_theme_weighs_the_same_in_total()
    {
        ThemeExample[] examples = [new("a", "price"), new("b", "price"), new("c", "price"), new("d", "other")];

        var rows = ThemeInput.Balanced(examples);

        Assert.Equal(4f / (2 * 3), rows[0].Weight, 4);
        Assert.Equal(4f / (2 * 1), rows[3].Weight, 4);
        Assert.Equal(rows.Where(r => r.Label == "price").Sum(r => r.Weight), rows.Where(r => r.Label == "other").Sum(r => r.Weight), 4);
    }

    [Fact]
    public void A_complaint_to_classify_has_weight_one()
    {
        Assert.Equal(1f, ThemeInput.For("the parcel is late").Weight);
    }
}
