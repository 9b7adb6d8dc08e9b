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
            ? new VerifiedCustomer(id, activity.From.Name)
            : null;
    }
}
