namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>
/// The issuers of Bot Framework Emulator tokens (Entra ID v1 and v2 tokens got with the bot's own credentials). The SDK
/// accepts the Bot Framework's tenants and whatever tenant a token names; we accept only the configured tenant, or the
/// Bot Framework's tenants for a multi-tenant bot without one (issue 11: be as strict as the specification).
/// </summary>
public static class EmulatorIssuers
{
    /// <summary>The tenants multi-tenant Emulator tokens come from (BBN AuthenticationConstants / EmulatorValidation).</summary>
    public static readonly IReadOnlyList<string> BotFrameworkTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    public static IReadOnlyList<string> For(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> tenants = string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) ? BotFrameworkTenants : [options.MicrosoftAppTenantId];
        return [.. tenants.SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })];
    }

    /// <summary>True when <paramref name="issuer"/> has the shape of an Entra ID issuer (any tenant): an Emulator token, from our tenant or not.</summary>
    public static bool LooksLikeEntraIssuer(string? issuer) =>
        issuer is not null && (issuer.StartsWith("https://sts.windows.net/", StringComparison.OrdinalIgnoreCase)
            || issuer.StartsWith("https://login.microsoftonline.com/", StringComparison.OrdinalIgnoreCase));
}
