using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs;

namespace NpsBot.Conversations.Runner;

/// <summary>
/// A conversation's state as stored (issue 13, disk): its JSON without what the conversation's key already says, nor the
/// members still at their initial value. Left out, and put back on reading:
/// <list type="bullet">
/// <item>the reference's channel id and conversation, when the conversation is its id alone and both are the key's own
/// parts (<see cref="ConversationKeys.Parse"/>); a Teams conversation, with its tenant and type, stays as it is;</item>
/// <item>an empty dialog stack, no values, and the mode <see cref="ConversationModes.Bot"/>.</item>
/// </list>
/// A survey's state at rest on the bench's Web Chat was 388 bytes, 110 of them these. A state stored in full (by an
/// earlier version, the demo seeder) reads as it was.
/// </summary>
public static class StoredStateJson
{
    public static string Serialize(ConversationState state, string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(state);

        // A null member is left out of the JSON (DialogJson writes no nulls); reading it back leaves the member at its
        // initial value, which is what was left out.
        var stored = new ConversationState
        {
            Dialogs = state.Dialogs.DialogStack.Count == 0 ? null! : state.Dialogs,
            Values = state.Values.Count == 0 ? null! : state.Values,
            Mode = state.Mode == ConversationModes.Bot ? null! : state.Mode,
            Started = state.Started,
            Reference = WithoutKeyParts(state.Reference, conversationKey),
        };
        return JsonSerializer.Serialize(stored, DialogJson.Options);
    }

    public static ConversationState Deserialize(string json, string conversationKey)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(json, DialogJson.Options) ?? new ConversationState();
        if (state.Reference is { ChannelId: null, Conversation: null } reference && ConversationKeys.Parse(conversationKey) is { } key)
        {
            state.Reference = reference with { ChannelId = key.ChannelId, Conversation = new ConversationAccount { Id = key.ConversationId } };
        }

        return state;
    }

    private static ConversationReference? WithoutKeyParts(ConversationReference? reference, string conversationKey) =>
        reference is not null
        && ConversationKeys.Parse(conversationKey) is { } key
        && reference.ChannelId == key.ChannelId
        && reference.Conversation == new ConversationAccount { Id = key.ConversationId }
            ? reference with { ChannelId = null, Conversation = null }
            : reference;
}
