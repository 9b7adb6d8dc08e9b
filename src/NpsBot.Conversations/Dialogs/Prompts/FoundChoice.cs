namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>The choice a user picked and its zero-based index in the prompt's choices.</summary>
public sealed record FoundChoice(string Value, int Index);
