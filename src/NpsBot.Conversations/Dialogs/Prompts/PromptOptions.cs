using System.Text.Json;
using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>What a prompt asks, what it says on a retry, its choices, extra validation data, and how many attempts it allows.</summary>
public sealed record PromptOptions
{
    public Activity? Prompt { get; init; }

    /// <summary>Sent after an answer that was not recognized or not valid; <see cref="Prompt"/> is repeated when null.</summary>
    public Activity? RetryPrompt { get; init; }

    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>Data for a validator (kept in state, so JSON).</summary>
    public JsonElement? Validations { get; init; }

    /// <summary>After this many failed attempts the prompt ends with <see cref="PromptGaveUp"/>; null asks until answered.</summary>
    public int? MaxAttempts { get; init; }
}
