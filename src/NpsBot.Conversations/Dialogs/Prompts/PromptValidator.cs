namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>Decides whether a recognized reply is acceptable; may send its own retry message.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
