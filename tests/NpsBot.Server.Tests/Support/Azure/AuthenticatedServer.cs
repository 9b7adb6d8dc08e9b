using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Channels.BotFrameworkConnector.Authentication;
using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Tests.Support.Azure;

/// <summary>
/// The server configured as a real Azure Bot (MicrosoftAppId, secret, metadata and login URLs) against an
/// <see cref="AzureStandIn"/>; Bot:LocalDevelopment stays on (as ServerFactory sets it) to show it opens nothing once an
/// app id is set.
/// </summary>
public sealed class AuthenticatedServer : IAsyncDisposable
{
    public const string AppId = "9a1a5d0e-0000-4000-8000-00000000b07d";
    public const string TenantId = "5e1f7a55-0000-4000-8000-0000000000aa";

    private AuthenticatedServer(AzureStandIn azure, ServerFactory server)
    {
        Azure = azure;
        Server = server;
    }

    public AzureStandIn Azure { get; }

    public ServerFactory Server { get; }

    public static async Task<AuthenticatedServer> StartAsync(string? tenantId = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var azure = await AzureStandIn.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppTenantId"] = tenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = azure.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = azure.EmulatorMetadataUrl,
            ["ToChannelFromBotLoginUrl"] = azure.LoginUrl,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[name] = value;
        }

        var server = new ServerFactory(settings: settings, configure: builder => builder.ConfigureTestServices(services =>
            services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(azure.TrustingHandler)));
        return new AuthenticatedServer(azure, server);
    }

    /// <summary>POSTs <paramref name="activity"/> to /api/messages with <c>Authorization: {scheme} {token}</c> (no header when token is null).</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? token, CancellationToken cancellationToken, string scheme = "Bearer")
    {
        var http = Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity, options: ActivityJson.Options) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return await http.SendAsync(request, cancellationToken);
    }

    /// <summary>A Teams-shaped message from one customer to the bot, addressed to the stand-in connector.</summary>
    public Activity Message(string conversationId, string text, string channelId = "msteams", string? deliveryMode = DeliveryModes.ExpectReplies) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = Azure.ConnectorUrl,
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = TenantId },
        From = new ChannelAccount { Id = "29:user-" + conversationId, Name = "Megan Bowen", AadObjectId = "7faf8ab2-0000-4000-8000-000000000001" },
        Recipient = new ChannelAccount { Id = "28:" + AppId, Name = "NpsBot" },
        Locale = "en-US",
        Text = text,
        DeliveryMode = deliveryMode,
    };

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Azure.DisposeAsync();
        ServerFactory.DeleteData(Server.DataDirectory);
    }
}
