using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

public sealed class ConversationKeysTests
{
    [Fact]
    public void A_separator_inside_an_id_cannot_make_two_conversations_share_a_key_issue_7()
    {
        var tenantChannel = ConversationKeys.For(KeySpaces.BotFramework, "msteams|tenantA", "c9");
        var tenantConversation = ConversationKeys.For(KeySpaces.BotFramework, "msteams", "tenantA|c9");

        Assert.NotEqual(tenantChannel, tenantConversation);
    }

    [Fact]
    public void The_same_channel_and_conversation_ids_are_different_conversations_in_different_key_spaces_issue_7()
    {
        var messages = ConversationKeys.For(KeySpaces.BotFramework, "directline", "abc");
        var directLine = ConversationKeys.For(KeySpaces.DirectLine, "directline", "abc");

        Assert.NotEqual(messages, directLine);
    }

    [Fact]
    public void A_key_reads_key_space_then_channel_with_its_length_then_conversation()
    {
        Assert.Equal("bf|7:msteams|tenantA|c9", ConversationKeys.For(KeySpaces.BotFramework, "msteams", "tenantA|c9"));
    }

    [Fact]
    public void An_id_longer_than_the_limit_makes_no_key()
    {
        var huge = new string('c', ActivityLimits.MaxIdLength + 1);

        Assert.Throws<ArgumentException>(() => ConversationKeys.For(KeySpaces.BotFramework, "emulator", huge));
    }
}
