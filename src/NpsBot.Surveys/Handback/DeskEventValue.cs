namespace NpsBot.Surveys.Handback;

/// <summary>The value of a desk event: the case, the agent who speaks or helped, and the agent's text (a message only).</summary>
public sealed record DeskEventValue(string CaseKey, string AgentId, string AgentName, string? Text = null);
