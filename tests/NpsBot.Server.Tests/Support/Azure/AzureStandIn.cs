using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Tests.Support.Azure;

/// <summary>
/// Azure AD and the Bot Connector on 127.0.0.1, speaking their wire formats: OpenID metadata and JWKS documents for
/// channel tokens (keys with <c>endorsements</c>) and Emulator tokens, an OAuth 2.0 v2 token endpoint for client
/// credentials (over https, as MSAL requires), and a connector that records every activity the bot sends with its
/// Authorization header. Keys are RSA keys made here; tokens are signed with them by <see cref="TokenMinter"/>.
/// </summary>
public sealed class AzureStandIn : IAsyncDisposable
{
    public const string ConnectorPath = "/connector/";

    private static readonly string[] Rs256 = ["RS256"];

    private readonly WebApplication _app;
    private int _tokensIssued;

    private AzureStandIn(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public string HttpBase { get; private set; } = "";

    public string HttpsBase { get; private set; } = "";

    public string ConnectorUrl => HttpBase + ConnectorPath;

    public string ChannelMetadataUrl => HttpBase + "/channel/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => HttpBase + "/emulator/v2.0/.well-known/openid-configuration";

    /// <summary>The authority the bot asks for tokens (MultiTenant: the botframework.com tenant).</summary>
    public string LoginUrl => HttpsBase + "/botframework.com";

    /// <summary>Keys published in the channel JWKS, by key id, with their endorsements.</summary>
    public ConcurrentDictionary<string, (RsaSecurityKey Key, string[] Endorsements)> ChannelKeys { get; } = new();

    public ConcurrentDictionary<string, RsaSecurityKey> EmulatorKeys { get; } = new();

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public ConcurrentQueue<IFormCollection> TokenRequests { get; } = new();

    private int _channelKeyFetches;

    public int ChannelKeyFetches => Volatile.Read(ref _channelKeyFetches);

    /// <summary>The connector answers 401 to this many calls (whatever the token), as it does to a revoked one.</summary>
    public int RejectNext { get; set; }

    public static async Task<AzureStandIn> StartAsync()
    {
        var certificate = SelfSignedCertificate.ForLoopback();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        var standIn = new AzureStandIn(app, certificate);
        standIn.Map();
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        standIn.HttpBase = addresses.First(a => a.StartsWith("http:", StringComparison.Ordinal));
        standIn.HttpsBase = addresses.First(a => a.StartsWith("https:", StringComparison.Ordinal));
        return standIn;
    }

    /// <summary>Makes a new RSA key and publishes it in the channel JWKS with these endorsements.</summary>
    public RsaSecurityKey AddChannelKey(params string[] endorsements)
    {
        var key = NewKey();
        ChannelKeys[key.KeyId] = (key, endorsements);
        return key;
    }

    public RsaSecurityKey AddEmulatorKey()
    {
        var key = NewKey();
        EmulatorKeys[key.KeyId] = key;
        return key;
    }

    /// <summary>An RSA key that is published nowhere (a forger's key), with the given key id.</summary>
    public static RsaSecurityKey NewKey(string? keyId = null) =>
        new(RSA.Create(2048)) { KeyId = keyId ?? Guid.NewGuid().ToString("N") };

    /// <summary>A handler that trusts this stand-in's certificate only, for the bot's MSAL client.</summary>
    public HttpMessageHandler TrustingHandler() => new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == Certificate.Thumbprint,
    };

    /// <summary>Waits (at most 30 s, then fails) until <paramref name="count"/> calls reached the connector.</summary>
    public async Task<IReadOnlyList<RecordedCall>> WaitForCallsAsync(int count, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (Calls.Count < count)
        {
            await Task.Delay(20, timeout.Token);
        }

        return [.. Calls];
    }

    public int TokensIssued => Volatile.Read(ref _tokensIssued);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificate.Dispose();
    }

    private void Map()
    {
        _app.MapGet("/channel/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            authorization_endpoint = "https://invalid.botframework.com",
            jwks_uri = HttpBase + "/channel/keys",
            id_token_signing_alg_values_supported = Rs256,
            
        }));
        _app.MapGet("/channel/keys", () =>
        {
            Interlocked.Increment(ref _channelKeyFetches);
            return Results.Json(new { keys = ChannelKeys.Values.Select(entry => Jwk(entry.Key, entry.Endorsements)).ToList() });
        });
        _app.MapGet("/emulator/v2.0/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = "https://login.microsoftonline.com/{tenantid}/v2.0",
            jwks_uri = HttpBase + "/emulator/keys",
            id_token_signing_alg_values_supported = Rs256,
        }));
        _app.MapGet("/emulator/keys", () => Results.Json(new { keys = EmulatorKeys.Values.Select(key => Jwk(key, null)).ToList() }));
        _app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            TokenRequests.Enqueue(form);
            var n = Interlocked.Increment(ref _tokensIssued);
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = $"bot-token-{n}" });
        });
        _app.MapMethods(ConnectorPath + "v3/conversations/{conversationId}/activities/{**activityId}", ["POST", "PUT"], (Delegate)RecordAsync);
        _app.MapPost(ConnectorPath + "v3/conversations/{conversationId}/activities", (Delegate)RecordAsync);
    }

    private async Task<IResult> RecordAsync(HttpContext context)
    {
        var activity = await context.Request.ReadFromJsonAsync<Activity>(ActivityJson.Options);
        var path = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var authorization = context.Request.Headers.Authorization.ToString();
        Calls.Enqueue(new RecordedCall(context.Request.Method, path, authorization.Length == 0 ? null : authorization, activity!));
        if (RejectNextTake())
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    private bool RejectNextTake()
    {
        if (RejectNext <= 0)
        {
            return false;
        }

        RejectNext--;
        return true;
    }

    private static Dictionary<string, object> Jwk(RsaSecurityKey key, string[]? endorsements)
    {
        var parameters = key.Rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}
