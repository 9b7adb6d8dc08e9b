namespace NpsBot.Recovery.FollowUps;

/// <summary>The payload of a "case.follow-up" job.</summary>
public sealed record FollowUpPayload(string CaseKey);
