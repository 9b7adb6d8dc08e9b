namespace NpsBot.Conversations.Dialogs;

/// <summary>The dialog stack of a conversation; the active dialog is the first entry, as in the Bot Framework SDK.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}
