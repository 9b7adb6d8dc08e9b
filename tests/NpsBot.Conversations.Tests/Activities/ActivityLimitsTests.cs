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

        Assert.Equal("conversation.id", ActivityLimits.FirstOverlongId(activity));
    }

    [Fact]
    public void Ids_at_the_limit_are_accepted()
    {
        var id = new string('x', ActivityLimits.MaxIdLength);
        var activity = new Activity { Type = ActivityTypes.Message, Id = id, ChannelId = id, Conversation = new ConversationAccount { Id = id } };

        Assert.Null(ActivityLimits.FirstOverlongId(activity));
    }
}
