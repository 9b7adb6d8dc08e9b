using System.Text.Json.Nodes;
using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Tests.Activities;

public sealed class ActivityJsonTests
{
    [Fact]
    public void Unknown_fields_survive_a_round_trip()
    {
        const string json = """{"type":"message","text":"hi","futureField":{"a":1},"from":{"id":"u1","extraAccountField":true}}""";

        var activity = ActivityJson.Deserialize(json)!;
        var back = JsonNode.Parse(ActivityJson.Serialize(activity))!;

        Assert.Equal(1, (int)back["futureField"]!["a"]!);
        Assert.True((bool)back["from"]!["extraAccountField"]!);
    }

    [Fact]
    public void Nulls_are_left_out_and_names_are_camel_case()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", ReplyToId = "7" };

        var json = ActivityJson.Serialize(activity);

        Assert.Equal("""{"type":"message","text":"hi","replyToId":"7"}""", json);
    }

    [Fact]
    public void Any_casing_is_read()
    {
        var activity = ActivityJson.Deserialize("""{"Type":"message","ServiceURL":"http://x","TEXT":"hi"}""")!;

        Assert.Equal("http://x", activity.ServiceUrl);
        Assert.Equal("hi", activity.Text);
    }

    [Fact]
    public void A_reply_is_addressed_back_to_the_sender()
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message, Id = "a1", ChannelId = "webchat",
            From = new ChannelAccount { Id = "user" }, Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "c1" },
        };

        var reply = inbound.CreateReply("hello");

        Assert.Equal("user", reply.Recipient!.Id);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal(RoleTypes.Bot, reply.From.Role);
        Assert.Equal("a1", reply.ReplyToId);
        Assert.Null(reply.Id);
    }

    [Fact]
    public void Timestamp_is_written_in_utc_with_a_z_and_local_timestamp_keeps_its_offset()
    {
        var at = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(-7));
        var activity = new Activity { Type = ActivityTypes.Message, Timestamp = at, LocalTimestamp = at };

        var json = JsonNode.Parse(ActivityJson.Serialize(activity))!;

        Assert.Equal("2026-11-23T16:30:00.0000000Z", (string)json["timestamp"]!);
        Assert.EndsWith("-07:00", (string)json["localTimestamp"]!);
    }
}
