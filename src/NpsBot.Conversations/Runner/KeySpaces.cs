namespace NpsBot.Conversations.Runner;

/// <summary>
/// The endpoints whose conversations are kept apart: a conversation key starts with the key space of the endpoint that
/// received the turn, so no endpoint can reach another's conversations, whatever channel and conversation ids a client
/// sends (issue 7: /api/messages with channelId "directline" and a web chat's conversation id is another conversation).
/// </summary>
public static class KeySpaces
{
    /// <summary>POST /api/messages: the Bot Framework messaging endpoint (Azure Bot Service, the Emulator).</summary>
    public const string BotFramework = "bf";

    /// <summary>NpsBot's own Direct Line 3.0 endpoint (the web chat page).</summary>
    public const string DirectLine = "dl";

    /// <summary>The `chat` verb in a terminal.</summary>
    public const string Console = "cli";

    /// <summary>
    /// Turns the agent desk injects in-process into an existing conversation (an agent's message, a give-back). No
    /// endpoint maps to it, and only in-process code can name the stored conversation (<see cref="TurnOrigin.ConversationKey"/>),
    /// so no client can forge an agent's turn (issue 9).
    /// </summary>
    public const string Desk = "desk";
}
