namespace NpsBot.Conversations.Dialogs;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was just begun.</summary>
    BeginCalled,

    /// <summary>The dialog is continued with a new message.</summary>
    ContinueCalled,

    /// <summary>A child dialog ended, or this dialog ends normally.</summary>
    EndCalled,

    /// <summary>The dialog is being replaced by another one.</summary>
    ReplaceCalled,

    /// <summary>The dialog stack is being cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step called NextAsync.</summary>
    NextCalled,
}
