using System.Globalization;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>Offers <see cref="PromptOptions.Choices"/> as buttons, or as a numbered list where there are none; accepts the number or the title.</summary>
public sealed class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    protected override Task OnPromptAsync(TurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var choices = options.Choices ?? [];
        if (prompt is null)
        {
            return Task.CompletedTask;
        }

        var rendered = ChoiceRendering.FitsAsButtons(turn.Capabilities, choices.Count)
            ? ChoiceRendering.WithButtons(prompt, choices, turn.Capabilities)
            : ChoiceRendering.WithNumberedList(prompt, choices);
        turn.Send(rendered with { InputHint = InputHints.ExpectingInput });
        return Task.CompletedTask;
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        var found = Recognize(turn.Activity.Text, options.Choices ?? []);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice>(found is not null, found));
    }

    private static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            return new FoundChoice(choices[number - 1].Value, number - 1);
        }

        for (var i = 0; i < choices.Count; i++)
        {
            var names = choices[i].Synonyms.Prepend(choices[i].Value);
            if (names.Any(name => TextNormalizer.Normalize(name) == normalized))
            {
                return new FoundChoice(choices[i].Value, i);
            }
        }

        return null;
    }
}
