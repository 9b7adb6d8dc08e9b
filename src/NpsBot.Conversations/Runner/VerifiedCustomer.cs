namespace NpsBot.Conversations.Runner;

/// <summary>
/// A customer identity the receiving endpoint vouches for (a Direct Line token's user and the name of a signed
/// customer, later a validated channel token's user), never a field a client merely sent. Only such an identity
/// creates or renames a customer row.
/// </summary>
public sealed record VerifiedCustomer(string Id, string? Name = null)
{
    /// <summary>The customer's Entra ID object id (Teams <c>from.aadObjectId</c>), the stable key across bots.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>The customer's Entra ID tenant (Teams <c>conversation.tenantId</c>), needed for proactive messages.</summary>
    public string? TenantId { get; init; }
}
