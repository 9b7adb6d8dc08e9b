namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>What a prompt recognized in a reply: whether it found a value, and the value.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value);
