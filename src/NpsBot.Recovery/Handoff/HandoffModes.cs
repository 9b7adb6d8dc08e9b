namespace NpsBot.Recovery.Handoff;

/// <summary>Where a handoff goes (<c>Recovery:Handoff:Mode</c>).</summary>
public static class HandoffModes
{
    /// <summary>The case and the conversation in agent mode, for NpsBot's own agent console.</summary>
    public const string Console = "console";

    /// <summary>As <see cref="Console"/>, and the Bot Framework <c>handoff.initiate</c> event to the channel's agent hub.</summary>
    public const string BotFramework = "botframework";
}
