using NpsBot.Channels.BotFrameworkConnector.Authentication;

namespace NpsBot.Server.Messages;

/// <summary>The connector identity validated for this request, passed from the access filter to the endpoint.</summary>
public static class ConnectorRequest
{
    private static readonly object Key = new();

    public static void SetIdentity(HttpContext http, ConnectorIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Items[Key] = identity;
    }

    /// <summary>The identity, or null when connector authentication is off (local development).</summary>
    public static ConnectorIdentity? IdentityOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(Key, out var value) ? value as ConnectorIdentity : null;
    }
}
