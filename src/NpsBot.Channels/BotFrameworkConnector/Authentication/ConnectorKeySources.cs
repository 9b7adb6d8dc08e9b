using Microsoft.Extensions.Options;

namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>The two key sources of inbound tokens (channels and the Emulator), one per configured metadata URL, for the process's life.</summary>
public sealed class ConnectorKeySources(IOptions<BotAuthenticationOptions> options, IHttpClientFactory http, TimeProvider clock) : IDisposable
{
    public const string HttpClientName = "npsbot-openid-metadata";

    private readonly Lazy<OpenIdKeySource> _channel = new(() => new OpenIdKeySource(options.Value.ToBotFromChannelOpenIdMetadataUrl, http.CreateClient(HttpClientName), clock));
    private readonly Lazy<OpenIdKeySource> _emulator = new(() => new OpenIdKeySource(options.Value.ToBotFromEmulatorOpenIdMetadataUrl, http.CreateClient(HttpClientName), clock));

    public OpenIdKeySource Channel => _channel.Value;

    public OpenIdKeySource Emulator => _emulator.Value;

    public void Dispose()
    {
        if (_channel.IsValueCreated)
        {
            _channel.Value.Dispose();
        }

        if (_emulator.IsValueCreated)
        {
            _emulator.Value.Dispose();
        }
    }
}
