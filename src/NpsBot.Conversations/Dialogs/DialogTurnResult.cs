namespace NpsBot.Conversations.Dialogs;

/// <summary>The status of the stack after a dialog call, and the result of the dialog that ended, if any.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
