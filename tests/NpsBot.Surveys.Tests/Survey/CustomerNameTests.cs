using NpsBot.Conversations.Activities;
using NpsBot.Surveys.Survey;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class CustomerNameTests
{
    [Theory]
    [InlineData("Ana Ruiz", "Ana")]
    [InlineData("  José  ", "José")]
    public void A_real_name_gives_its_first_name(string name, string expected)
    {
        var first = CustomerName.FirstNameOf(new ChannelAccount { Id = "u1", Name = name });

        Assert.Equal(expected, first);
    }

    [Theory]
    [InlineData("User")]
    [InlineData("user")]
    [InlineData("Guest")]
    [InlineData("dl_9f2c77")]
    [InlineData("29:1xYzAb")]
    [InlineData("+15551234567")]
    [InlineData("u1")]
    [InlineData("")]
    [InlineData(null)]
    public void Generic_names_and_ids_give_none(string? name)
    {
        var first = CustomerName.FirstNameOf(new ChannelAccount { Id = "u1", Name = name });

        Assert.Null(first);
    }
}
