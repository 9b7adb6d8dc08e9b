using NpsBot.Recovery.Cases;

namespace NpsBot.Recovery.Agents;

/// <summary>A stored case as the desk reads it: the case, who holds it, the customer's name and locale, and the conversation's mode.</summary>
public sealed record DeskCase(SupportCase Case, string? AssigneeName, string? CustomerName, string? Locale, string ConversationMode);
