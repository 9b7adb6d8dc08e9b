namespace NpsBot.Conversations.Runner;

/// <summary>
/// Where a turn comes from, as the endpoint that received it says (not the activity): the key space its conversation
/// lives in, and the customer the endpoint authenticated, if any.
/// </summary>
public sealed record TurnOrigin(string KeySpace, VerifiedCustomer? Customer = null);
