namespace NpsBot.Recovery.Sla;

/// <summary>The "case.sla-check" job's input: the case and which clock ran out.</summary>
public sealed record SlaCheckPayload(string CaseKey, string Clock);
