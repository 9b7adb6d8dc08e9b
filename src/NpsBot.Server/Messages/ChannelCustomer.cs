using NpsBot.Channels.BotFrameworkConnector.Authentication;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Server.Messages;

/// <summary>The customer a channel's validated token vouches for: the activity's sender as the channel names them.</summary>
public static class ChannelCustomer
{
    public static VerifiedCustomer? Of(Activity activity, ConnectorIdentity? identity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return identity is { IsEmulator: false } && activity.From?.Id is { Length: > 0 } id
            ? new VerifiedCustomer(id, activity.From.Name) { AadObjectId = activity.From.AadObjectId, TenantId = TenantOf(activity) }
            : null;
    }

    /// <summary>Teams names the tenant in conversation.tenantId and in channelData.tenant.id.</summary>
    private static string? TenantOf(Activity activity)
    {
        if (activity.Conversation?.TenantId is { Length: > 0 } tenant)
        {
            return tenant;
        }

        return activity.ChannelData is { ValueKind: System.Text.Json.JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var t) && t.ValueKind == System.Text.Json.JsonValueKind.Object
            && t.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;
    }
}
