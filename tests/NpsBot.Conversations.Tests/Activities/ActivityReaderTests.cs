using System.Text;
using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Tests.Activities;

/// <summary>Issue 7: what the activity reader answers for bodies clients get wrong, without an exception and without internal type names.</summary>
public sealed class ActivityReaderTests
{
    [Theory]
    [InlineData("""{"type":"message","timestamp":"garbage"}""", "$.timestamp", "ISO-8601")]
    [InlineData("""{"type":"message","timestamp":5}""", "$.timestamp", "ISO-8601")]
    [InlineData("""{"type":"message","expiration":"2026-02-30T10:00:00Z"}""", "$.expiration", "ISO-8601")]
    [InlineData("""{"type":"conversationUpdate","membersAdded":[null]}""", "$.membersAdded[0]", "null")]
    [InlineData("""{"type":"message","suggestedActions":{"actions":[{"type":"imBack"},null]}}""", "$.suggestedActions.actions[1]", "null")]
    [InlineData("""{"type":"message","from":{"id":["a"]}}""", "$.from.id", "a string")]
    [InlineData("""{"type":"message","conversation":{"isGroup":"yes"}}""", "$.conversation.isGroup", "true or false")]
    [InlineData("""{"type":"message","membersAdded":{"id":"a"}}""", "$.membersAdded", "an array")]
    [InlineData("""{"type":"message","relatesTo":{"conversation":[]}}""", "$.relatesTo.conversation", "an object")]
    [InlineData("""{"type":"message","channelData":{"a":"\ud800"}}""", "$.channelData.a", "Unicode")]
    [InlineData("""{"type":"message","entities":[{},{"b":["x","\udc00"]}]}""", "$.entities[1].b[1]", "Unicode")]
    [InlineData("""{"text":"hi"}""", "$", "'type'")]
    [InlineData("""{"type":"message","locale":"en-US-x-0123456789012345678901234"}""", "$.locale", "longer than 32")]
    [InlineData("""{"type":"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy","channelData":" "}""", "$.type", "longer than 32")]
    [InlineData("""{"type":" "}""", "$.type", "'type'")]
    [InlineData("""{"type":"message","text":"hi\""", "$.text", "not valid JSON")]
    [InlineData("""{"type":"message"} trailing""", "$", "not valid JSON")]
    [InlineData("""[{"type":"message"}]""", "$", "JSON object")]
    [InlineData("true", "$", "JSON object")]
    public void A_malformed_body_is_refused_naming_the_field(string body, string field, string reason)
    {
        var read = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.Null(read.Value);
        Assert.Equal(field, read.Error?.Field);
        Assert.Contains(reason, read.Error!.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("NpsBot.", read.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_past_the_limit_is_refused_as_such()
    {
        var body = $$"""{"type":"message","channelData":{{new string('[', 80)}}{{new string(']', 80)}}}""";

        var read = ActivityReader.Read(Encoding.UTF8.GetBytes(body));

        Assert.Contains("nested deeper than 64", read.Error?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_refused_and_a_byte_order_mark_is_not()
    {
        byte[] invalid = [.. "{\"type\":\"message\",\"text\":\""u8.ToArray(), 0xC3, 0x28, .. "\"}"u8.ToArray()];
        byte[] marked = [0xEF, 0xBB, 0xBF, .. "{\"type\":\"message\"}"u8.ToArray()];

        Assert.Contains("UTF-8", ActivityReader.Read(invalid).Error?.Reason, StringComparison.Ordinal);
        Assert.Equal("message", ActivityReader.Read(marked).Value?.Type);
    }

    [Fact]
    public void Unknown_types_and_fields_are_kept_and_an_empty_body_is_neither_value_nor_error()
    {
        var read = ActivityReader.Read("""{"type":"somethingNew","newField":{"a":[null]},"localTimestamp":"2026-11-30T11:00:00+01:00"}"""u8);

        Assert.Equal("somethingNew", read.Value?.Type);
        Assert.True(read.Value!.Extra!.ContainsKey("newField"));
        Assert.True(ActivityReader.Read(" \r\n"u8).IsEmpty);
    }
}
