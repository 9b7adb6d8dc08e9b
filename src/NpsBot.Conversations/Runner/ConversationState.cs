using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs;

namespace NpsBot.Conversations.Runner;

/// <summary>Everything kept for one conversation between turns; saved as JSON with a version.</summary>
public sealed class ConversationState
{
    /// <summary>The dialog stack, innermost dialog last... see <see cref="DialogState"/>.</summary>
    public DialogState Dialogs { get; set; } = new();

    /// <summary>Conversation-scoped values that outlive a dialog (customer name, locale, last score...).</summary>
    public Dictionary<string, JsonElement> Values { get; set; } = [];

    /// <summary>Who answers the customer: the bot, or a human agent after a handoff.</summary>
    public string Mode { get; set; } = ConversationModes.Bot;

    /// <summary>True once the welcome/survey start was sent, so a reconnect does not greet twice.</summary>
    public bool Started { get; set; }

    /// <summary>
    /// How to reach the customer later (channel, serviceUrl, conversation, the customer and bot accounts), kept by the
    /// runner from the last inbound activity of an endpoint; internal turns (the agent desk's) are addressed from it.
    /// </summary>
    public ConversationReference? Reference { get; set; }
}
