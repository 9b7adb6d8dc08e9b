using Microsoft.Identity.Client;

namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>Gives MSAL a client from IHttpClientFactory (pooled handlers; tests configure the named client to trust their local authority).</summary>
public sealed class MsalHttpClientFactory(IHttpClientFactory http) : IMsalHttpClientFactory
{
    public const string HttpClientName = "npsbot-msal";

    public HttpClient GetHttpClient() => http.CreateClient(HttpClientName);
}
