using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Tests.Activities;

public sealed class ActivityLimitsTests
{
    [Fact]
    public void The_first_id_over_the_limit_is_named_by_its_json_path()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = new string('c', 100 * 1024) },
            From = new ChannelAccount { Id = new string('u', 300) },
        };

        Assert.Equal("conversation.id", ActivityLimits.FirstOverlongField(activity));
    }

    [Fact]
    public void Ids_at_the_limit_are_accepted()
    {
        var id = new string('x', ActivityLimits.MaxIdLength);
        var activity = new Activity { Type = ActivityTypes.Message, Id = id, ChannelId = id, Conversation = new ConversationAccount { Id = id } };

        Assert.Null(ActivityLimits.FirstOverlongField(activity));
    }

    [Fact]
    public void An_account_name_over_the_limit_is_named_too()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = "user-1", Name = new string('n', ActivityLimits.MaxIdLength + 1) },
        };

        Assert.Equal("from.name", ActivityLimits.FirstOverlongField(activity));
    }
}
