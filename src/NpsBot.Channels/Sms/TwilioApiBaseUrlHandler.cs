using Microsoft.Extensions.Options;

namespace NpsBot.Channels.Sms;

/// <summary>
/// Points the Twilio library's requests (always https://api.twilio.com/...) at <see cref="TwilioOptions.ApiBaseUrl"/>,
/// keeping path and query: the library has no setting for its base URL, and tests (or a regional proxy) need one.
/// </summary>
public sealed class TwilioApiBaseUrlHandler(IOptions<TwilioOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = options.Value.ApiBaseUrl;
        if (request.RequestUri is { } uri && !string.Equals(uri.Authority, target.Authority, StringComparison.OrdinalIgnoreCase))
        {
            var basePath = target.AbsolutePath.TrimEnd('/');
            request.RequestUri = new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port, Path = basePath + uri.AbsolutePath }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
