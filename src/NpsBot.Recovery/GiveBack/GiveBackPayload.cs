namespace NpsBot.Recovery.GiveBack;

/// <summary>The payload of a "case.give-back" job.</summary>
public sealed record GiveBackPayload(string CaseKey);
