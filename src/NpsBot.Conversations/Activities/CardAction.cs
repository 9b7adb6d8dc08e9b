using System.Text.Json;

namespace NpsBot.Conversations.Activities;

/// <summary>A button: imBack posts its value as a visible user message.</summary>
public sealed record CardAction
{
    public required string Type { get; init; }
    public string? Title { get; init; }
    public JsonElement? Value { get; init; }
    public string? Text { get; init; }
    public string? DisplayText { get; init; }
    public string? Image { get; init; }
    public string? ImageAltText { get; init; }
    public JsonElement? ChannelData { get; init; }

    /// <summary>An imBack button whose value is its title.</summary>
    public static CardAction ImBack(string title) =>
        new() { Type = ActionTypes.ImBack, Title = title, Value = JsonSerializer.SerializeToElement(title) };
}
