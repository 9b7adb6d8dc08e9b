namespace NpsBot.Conversations.Activities;

/// <summary>deliveryMode wire values.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}
