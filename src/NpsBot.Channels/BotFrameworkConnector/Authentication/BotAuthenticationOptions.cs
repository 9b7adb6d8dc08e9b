using System.ComponentModel.DataAnnotations;

namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>
/// Bot Framework connector authentication, configured with the keys Azure Bot Service and the Bot Framework SDK use at the
/// root of the configuration (<c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>...; an App Service app setting or an
/// environment variable of that name). No app id = no connector authentication (local development only).
/// </summary>
public sealed class BotAuthenticationOptions : IValidatableObject
{
    public const string PublicChannelIssuer = "https://api.botframework.com";
    public const string PublicChannelMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicEmulatorMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
    public const string PublicLoginUrlPrefix = "https://login.microsoftonline.com/";
    public const string PublicOAuthScope = "https://api.botframework.com";
    public const string MultiTenantAuthority = "botframework.com";

    public string MicrosoftAppType { get; set; } = MicrosoftAppTypes.MultiTenant;

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata of the Bot Connector's signing keys (with their channel endorsements).</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = PublicChannelMetadataUrl;

    /// <summary>OpenID metadata of the Entra ID keys that sign the Bot Framework Emulator's tokens.</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = PublicEmulatorMetadataUrl;

    /// <summary>The issuer of channel tokens (<c>https://api.botframework.com</c> in the public cloud).</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = PublicChannelIssuer;

    /// <summary>
    /// The authority outbound tokens are requested from; empty = <c>https://login.microsoftonline.com/</c> followed by
    /// <c>botframework.com</c> (MultiTenant) or <c>MicrosoftAppTenantId</c> (SingleTenant).
    /// </summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>The resource of outbound tokens; the scope asked for is this followed by <c>/.default</c>.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = PublicOAuthScope;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string Authority => !string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl)
        ? ToChannelFromBotLoginUrl.TrimEnd('/')
        : PublicLoginUrlPrefix + (MicrosoftAppType == MicrosoftAppTypes.MultiTenant ? MultiTenantAuthority : MicrosoftAppTenantId);

    public string Scope => ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MicrosoftAppType is not (MicrosoftAppTypes.MultiTenant or MicrosoftAppTypes.SingleTenant or MicrosoftAppTypes.UserAssignedMsi))
        {
            yield return new ValidationResult(
                $"MicrosoftAppType '{MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.", [nameof(MicrosoftAppType)]);
        }

        if (!IsEnabled)
        {
            yield break;
        }

        if (MicrosoftAppType is MicrosoftAppTypes.SingleTenant or MicrosoftAppTypes.UserAssignedMsi && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult($"MicrosoftAppType {MicrosoftAppType} needs MicrosoftAppTenantId.", [nameof(MicrosoftAppTenantId)]);
        }

        if (MicrosoftAppType is not MicrosoftAppTypes.UserAssignedMsi && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult(
                $"MicrosoftAppId is set but MicrosoftAppPassword is empty (MicrosoftAppType {MicrosoftAppType} signs in with the app's secret).",
                [nameof(MicrosoftAppPassword)]);
        }

        foreach (var (name, url) in new[] { (nameof(ToBotFromChannelOpenIdMetadataUrl), ToBotFromChannelOpenIdMetadataUrl), (nameof(ToBotFromEmulatorOpenIdMetadataUrl), ToBotFromEmulatorOpenIdMetadataUrl) })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                yield return new ValidationResult($"{name} '{url}' is not an http(s) URL.", [name]);
            }
        }
    }
}
