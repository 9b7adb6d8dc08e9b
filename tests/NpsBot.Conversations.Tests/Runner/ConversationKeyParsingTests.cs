using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

public sealed class ConversationKeyParsingTests
{
    [Theory]
    [InlineData("dl", "directline", "abc")]
    [InlineData("bf", "msteams|tenantA", "c9|x:y")]
    [InlineData("bf", "sms", "+15551234567")]
    public void A_key_parses_back_into_its_parts(string keySpace, string channel, string conversation)
    {
        var key = ConversationKeys.For(keySpace, channel, conversation);

        Assert.Equal((keySpace, channel, conversation), ConversationKeys.Parse(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("webchat|abc")]
    [InlineData("dl|99:directline|abc")]
    public void Anything_else_is_not_a_key(string? key) => Assert.Null(ConversationKeys.Parse(key));
}
