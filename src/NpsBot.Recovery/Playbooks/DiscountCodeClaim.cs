namespace NpsBot.Recovery.Playbooks;

/// <summary>
/// Hands <see cref="Code"/> of <see cref="Pool"/> to a case, in the turn's transaction; the store writes it only if the
/// code is still free and otherwise fails the turn as a conflict, so the turn runs again with another code.
/// </summary>
public sealed record DiscountCodeClaim(string Pool, string Code, string CaseKey, DateTimeOffset At);
