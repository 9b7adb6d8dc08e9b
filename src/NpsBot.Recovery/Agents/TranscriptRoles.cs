using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Handback;

namespace NpsBot.Recovery.Agents;

/// <summary>
/// Who said a stored line: the customer (inbound messages), an agent (messages the bot relayed for the desk, whose
/// replies answer a desk activity id), the bot (its other messages); null for lines a console does not show.
/// </summary>
public static class TranscriptRoles
{
    public const string Customer = "customer";
    public const string Bot = "bot";
    public const string Agent = "agent";
    public const string Note = "note";

    public static string? Of(StoredLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Type != Conversations.Activities.ActivityTypes.Message)
        {
            return null;
        }

        if (line.Direction == TranscriptEntry.Inbound)
        {
            return Customer;
        }

        return line.ActivityId?.StartsWith(DeskEvents.AgentMessageIdPrefix, StringComparison.Ordinal) == true ? Agent : Bot;
    }
}
