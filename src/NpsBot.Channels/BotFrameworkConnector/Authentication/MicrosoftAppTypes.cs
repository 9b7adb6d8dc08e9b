namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>The values of <c>MicrosoftAppType</c>, as Azure Bot Service names them.</summary>
public static class MicrosoftAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}
