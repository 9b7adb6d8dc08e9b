namespace NpsBot.Recovery.Cases;

/// <summary>One change to a case: who (the bot, an agent's id, the system), when, and what (kind and detail).</summary>
public sealed record CaseEvent(string CaseKey, string Kind, string Actor, DateTimeOffset At, string? Detail = null)
{
    public const string BotActor = "bot";
    public const string SystemActor = "system";
}
