using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>What a validator sees: the turn, what was recognized, the prompt's options, and the attempt number (1 for the first answer).</summary>
public sealed record PromptValidatorContext<T>(TurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
