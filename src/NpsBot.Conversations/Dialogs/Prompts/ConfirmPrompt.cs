using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question with Yes/No buttons (or "reply yes or no" in plain text). The words for yes and no come from
/// the wording keys <see cref="YesKey"/> and <see cref="NoKey"/>: the conversation's locale first, then every other locale.
/// </summary>
public sealed class ConfirmPrompt(string dialogId, WordingCatalog wording, PromptValidator<bool>? validator = null)
    : Prompt<bool>(dialogId, validator)
{
    public const string YesKey = "prompt.confirm.yes";
    public const string NoKey = "prompt.confirm.no";

    /// <summary>Appended to the question where there are no buttons; placeholders {yes} and {no}.</summary>
    public const string PlainChoicesKey = "prompt.confirm.choices";

    public static IReadOnlyList<string> WordingKeys { get; } = [YesKey, NoKey, PlainChoicesKey];

    protected override Task OnPromptAsync(TurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (prompt is null)
        {
            return Task.CompletedTask;
        }

        var words = wording.For(turn);
        var yes = Title(words.Wording.Entry(YesKey));
        var no = Title(words.Wording.Entry(NoKey));
        var rendered = ChoiceRendering.FitsAsButtons(turn.Capabilities, 2)
            ? MessageFactory.SuggestedActions([yes, no], prompt.Text ?? string.Empty)
            : MessageFactory.Text($"{prompt.Text}\n{words.Text(PlainChoicesKey, new Dictionary<string, string> { ["yes"] = yes, ["no"] = no })}");
        turn.Send(prompt with { Text = rendered.Text, SuggestedActions = rendered.SuggestedActions, InputHint = InputHints.ExpectingInput });
        return Task.CompletedTask;
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var text = TextNormalizer.Normalize(turn.Activity.Text);
        var locales = wording.Locales.Values.OrderByDescending(l => l == wording.For(ConversationLocale.Of(turn))).ToList();
        bool Matches(string key, Func<string, bool> test) => locales.Any(locale => Accepted(locale.Entry(key)).Any(test));

        // The whole reply first ("no thanks", "ja gerne"); then a "no" anywhere outweighs a leading yes-word, so
        // "claro que não" and "sure, but no" are a no; then the first word ("yes, please call me").
        bool? answer = Matches(YesKey, word => word == text) ? true
            : Matches(NoKey, word => word == text || TextNormalizer.ContainsWords(text, word)) ? false
            : Matches(YesKey, word => word == text.Split(' ')[0]) ? true
            : null;
        return Task.FromResult(new PromptRecognizerResult<bool>(answer is not null, answer ?? false));
    }

    private static IEnumerable<string> Accepted(WordingEntry entry) =>
        entry.Accepts.Concat(entry.Buttons).Concat(entry.Variants).Select(TextNormalizer.Normalize).Where(word => word.Length > 0);

    private static string Title(WordingEntry entry) => entry.Buttons.Count > 0 ? entry.Buttons[0] : entry.Variants[0];
}
