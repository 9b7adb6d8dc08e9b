namespace NpsBot.Conversations.Runner;

/// <summary>
/// A customer identity the receiving endpoint vouches for (a Direct Line token's user and the name of a signed
/// customer, later a validated channel token's user), never a field a client merely sent. Only such an identity
/// creates or renames a customer row.
/// </summary>
public sealed record VerifiedCustomer(string Id, string? Name = null);
