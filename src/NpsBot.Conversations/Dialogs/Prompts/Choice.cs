namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>: its title, and other words that select it.</summary>
public sealed record Choice(string Value)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}
