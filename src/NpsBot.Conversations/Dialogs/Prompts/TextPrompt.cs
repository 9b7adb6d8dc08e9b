using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>Accepts any reply with some text in it.</summary>
public sealed class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Activity.Text?.Trim();
        return Task.FromResult(new PromptRecognizerResult<string>(!string.IsNullOrEmpty(text), text));
    }
}
