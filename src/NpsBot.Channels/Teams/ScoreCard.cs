using System.Text.Json.Nodes;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.Teams;

/// <summary>
/// The Adaptive Card of a Teams question with more buttons than Teams shows as suggested actions (the 0–10 question):
/// the question in a text block, one Action.Submit per button (data <c>{"npsScore": "7"}</c>, read back from the
/// submit's <c>value</c>), in rows of at most six. Where cards are not rendered (notifications, older clients) the
/// activity's <c>summary</c> and the card's <c>fallbackText</c> carry the question and the scale. Hand-written JSON:
/// the AdaptiveCards package is not available here, and the card is small.
/// </summary>
public static class ScoreCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private const int ButtonsPerRow = 6;

    /// <summary>The reply as Teams should get it: a card in place of the suggested actions Teams cannot show all of.</summary>
    public static Activity Render(Activity reply, int maxSuggestedActions = 3)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!TeamsChannel.Is(reply.ChannelId) || reply.SuggestedActions?.Actions is not { } actions || actions.Count <= maxSuggestedActions
            || reply.Attachments is { Count: > 0 } || !actions.All(action => int.TryParse(action.Title, out _)))
        {
            return reply;
        }

        var titles = actions.Select(action => action.Title ?? action.Value?.ToString() ?? "").ToList();
        var fallback = $"{reply.Text} ({string.Join(" · ", titles)})".Trim();
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = fallback,
            ["body"] = new JsonArray([TextBlock(reply.Text ?? ""), .. Rows(titles)]),
        };

        // Text and a card in one activity are split in two by Teams, and the card could then not be updated: the text
        // travels in the card (and in summary for clients that draw no card).
        return reply with
        {
            Text = null,
            Summary = fallback,
            SuggestedActions = null,
            Attachments = [new Attachment { ContentType = ContentType, Content = System.Text.Json.JsonSerializer.SerializeToElement(card) }],
        };
    }

    /// <summary>The card that replaces a submitted one: the chosen score, and no buttons to press again.</summary>
    public static Attachment Answered(string score) => new()
    {
        ContentType = ContentType,
        Content = System.Text.Json.JsonSerializer.SerializeToElement(new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["fallbackText"] = $"✔ {score} / 10",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"✔ **{score}** / 10", ["size"] = "Large", ["wrap"] = true }),
        }),
    };

    private static JsonObject TextBlock(string text) => new() { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };

    private static IEnumerable<JsonNode> Rows(List<string> titles) =>
        titles.Chunk(ButtonsPerRow).Select(row => (JsonNode)new JsonObject
        {
            ["type"] = "ActionSet",
            ["actions"] = new JsonArray([.. row.Select(title => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = title,
                ["data"] = new JsonObject { [TeamsChannel.ScoreMember] = title },
            })]),
        });
}
