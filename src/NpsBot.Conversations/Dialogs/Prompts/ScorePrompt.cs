using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>Asks for a 0–10 score and reads it with an <see cref="IScoreRecognizer"/>; the value is the score.</summary>
public sealed class ScorePrompt(string dialogId, IScoreRecognizer recognizer, PromptValidator<int>? validator = null)
    : Prompt<int>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = turn.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(new PromptRecognizerResult<int>(false, 0));
        }

        var recognition = recognizer.Recognize(text, ConversationLocale.Of(turn));
        var found = recognition is { Status: ScoreStatus.Ok, Score: >= 0 and <= 10 };
        return Task.FromResult(new PromptRecognizerResult<int>(found, found ? recognition.Score!.Value : 0));
    }
}
