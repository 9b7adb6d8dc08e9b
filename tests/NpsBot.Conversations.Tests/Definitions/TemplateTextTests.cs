using NpsBot.Conversations.Definitions;

namespace NpsBot.Conversations.Tests.Definitions;

public sealed class TemplateTextTests
{
    [Fact]
    public void Placeholders_are_filled_by_name()
    {
        var text = TemplateText.Format("Hi {name}, welcome to {company}.", new Dictionary<string, string> { ["name"] = "Ana", ["company"] = "Contoso" });

        Assert.Equal("Hi Ana, welcome to Contoso.", text);
    }

    [Fact]
    public void A_placeholder_without_a_value_is_reported()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TemplateText.Format("Hi {name}", new Dictionary<string, string>()));

        Assert.Contains("{name}", error.Message, StringComparison.Ordinal);
    }
}
