using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs;

/// <summary>The dialogs a stack may name, by id; creates the <see cref="DialogContext"/> of a turn.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Adds a dialog; ids are unique within a set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in this set.");
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>A dialog context over the turn's conversation state (<see cref="ConversationState.Dialogs"/>).</summary>
    public DialogContext CreateContext(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new DialogContext(this, turn, turn.State.Dialogs);
    }
}
