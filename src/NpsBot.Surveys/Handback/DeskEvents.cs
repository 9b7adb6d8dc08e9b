namespace NpsBot.Surveys.Handback;

/// <summary>
/// The event activities the agent desk injects into a conversation (internal turns only, see
/// <c>TurnContext.IsInternal</c>): the same names from a client are ignored.
/// </summary>
public static class DeskEvents
{
    /// <summary>An agent's message for the customer; value: <see cref="DeskEventValue"/> with the text.</summary>
    public const string AgentMessage = "npsbot.agent.message";

    /// <summary>The agent gives the conversation back to the bot, which asks the customer to rate the help.</summary>
    public const string GiveBack = "npsbot.agent.giveBack";

    /// <summary>The prefix of the ids of the desk's activities, so a transcript tells the agent's lines from the bot's.</summary>
    public const string IdPrefix = "desk|";

    /// <summary>The prefix of the ids of the agents' relayed messages: what tells an agent's stored line from the bot's.</summary>
    public const string AgentMessageIdPrefix = IdPrefix + "msg|";
}
