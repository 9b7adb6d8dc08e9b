using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Storage.Entities;
using NpsBot.Surveys.Handback;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// What a transcript line leaves out when the line before it already says it (issue 13, disk), and how a reader puts it
/// back. Read a conversation's lines from its first, oldest first (<see cref="TranscriptLines.ReadAsync"/>):
/// <list type="bullet">
/// <item>A customer's line stores no sender (from id and name both null) when the runner marks it
/// <see cref="TranscriptEntry.SenderUnchanged"/>: the sender is that of the conversation's previous inbound line. A line
/// whose activity had no sender at all stores an empty from id instead, so it never borrows the previous one.</item>
/// <item>A reply stores no activity id when it answers the turn's own inbound line (the bot's replies): it is that
/// line's id. Relayed agent messages keep theirs (<see cref="DeskEvents.IdPrefix"/>): search and the roles find them by it
/// in SQL.</item>
/// <item>A message, nearly every line, stores an empty type (<see cref="MessageType"/>): SQLite and PostgreSQL keep an
/// empty text in its header alone.</item>
/// </list>
/// About 35 bytes per customer line and 18 per reply with the bench's short ids (a Teams account id and name or a Direct
/// Line activity id are longer), and 7 per message.
/// </summary>
public static class TranscriptCompaction
{
    /// <summary>The from id stored for an inbound line whose activity had no sender.</summary>
    public const string NoSender = "";

    /// <summary>The type stored for a message.</summary>
    public const string MessageType = "";

    /// <summary>
    /// The activity id, type, from id and from name stored for <paramref name="line"/> of a turn whose inbound line is
    /// <paramref name="inbound"/>.
    /// </summary>
    public static (string? ActivityId, string Type, string? FromId, string? FromName) Stored(TranscriptEntry line, TranscriptEntry? inbound)
    {
        ArgumentNullException.ThrowIfNull(line);
        var type = line.Type == ActivityTypes.Message ? MessageType : line.Type;
        if (line.Direction == TranscriptEntry.Inbound)
        {
            return line.SenderUnchanged
                ? (line.ActivityId, type, null, null)
                : (line.ActivityId, type, line.FromId is null && line.FromName is null ? NoSender : line.FromId, line.FromName);
        }

        var answersInbound = inbound is not null && !IsDeskLine(line)
            && string.Equals(line.ActivityId, inbound.ActivityId, StringComparison.Ordinal);
        return (answersInbound ? null : line.ActivityId, type, line.FromId, line.FromName);
    }

    /// <summary>A line of the agent desk's (an agent's words relayed, a desk event): search and the roles find it by its id in SQL.</summary>
    public static bool IsDeskLine(TranscriptEntry line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.ActivityId?.StartsWith(DeskEvents.IdPrefix, StringComparison.Ordinal) == true;
    }

    /// <summary>Puts back what <see cref="Stored"/> left out, in place; <paramref name="lines"/> are a whole conversation's, oldest first.</summary>
    public static void Restore(IReadOnlyList<TranscriptEntryRecord> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        TranscriptEntryRecord? lastInbound = null;
        foreach (var line in lines)
        {
            if (line.Type == MessageType)
            {
                line.Type = ActivityTypes.Message;
            }

            if (line.Direction == TranscriptEntry.Inbound)
            {
                if (line.FromId is null && line.FromName is null && lastInbound is not null)
                {
                    (line.FromId, line.FromName) = (lastInbound.FromId, lastInbound.FromName);
                }
                else if (line.FromId == NoSender)
                {
                    line.FromId = null;
                }

                lastInbound = line;
            }
            else if (line.ActivityId is null && lastInbound is not null)
            {
                line.ActivityId = lastInbound.ActivityId;
            }
        }
    }
}
