using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

public sealed class ThemeCatalogTests
{
    [Fact]
    public void The_shipped_catalog_has_the_seven_themes_the_training_data_uses()
    {
        var catalog = ThemeCatalog.Shipped;

        Assert.Equal(["delivery", "product", "service", "price", "billing", "website", "other"], catalog.Themes.Select(t => t.Id));
        Assert.True(TrainingData.Shipped().All(e => catalog.Ids.Contains(e.Theme)));
    }

    [Fact]
    public void Operators_can_define_their_own_themes()
    {
        const string yaml = "themes:\n  - id: food\n    description: Meals\n    examples: [\"cold soup\"]\n  - id: other\n    description: Anything else\n";

        var catalog = ThemeCatalog.Parse(yaml);

        Assert.Equal(["food", "other"], catalog.Ids.Order());
        Assert.Contains("- food: Meals Examples: cold soup", catalog.Describe(), StringComparison.Ordinal);
    }
}
