namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>The result of a prompt that ran out of attempts; the calling step decides what to say and where to go.</summary>
public sealed record PromptGaveUp(string PromptId, int Attempts);
