using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Definitions;

/// <summary>Wording of one locale rendered for one turn: variants are picked per conversation, buttons only where the channel has them.</summary>
public sealed class TurnWording(LocaleWording wording, TurnContext turn)
{
    public LocaleWording Wording { get; } = wording;

    public string Locale => Wording.Locale;

    public string Text(string key, IReadOnlyDictionary<string, string>? args = null) =>
        Wording.Text(key, args, turn.Activity.Conversation?.Id);

    /// <summary>A message that does not wait for an answer.</summary>
    public Activity Message(string key, IReadOnlyDictionary<string, string>? args = null) =>
        Render(key, args, InputHints.AcceptingInput);

    /// <summary>A question: expecting input, with the entry's buttons where the channel can show them all.</summary>
    public Activity Question(string key, IReadOnlyDictionary<string, string>? args = null) =>
        Render(key, args, InputHints.ExpectingInput);

    /// <summary>The text of <paramref name="key"/> with the buttons of <paramref name="buttonsKey"/> (a retry that keeps the question's buttons).</summary>
    public Activity Question(string key, string buttonsKey, IReadOnlyDictionary<string, string>? args = null) =>
        WithButtons(MessageFactory.Text(Text(key, args), InputHints.ExpectingInput), Wording.Entry(buttonsKey).Buttons);

    /// <summary>Queues <see cref="Message"/> on the turn.</summary>
    public void Send(string key, IReadOnlyDictionary<string, string>? args = null) => turn.Send(Message(key, args));

    private Activity Render(string key, IReadOnlyDictionary<string, string>? args, string inputHint) =>
        WithButtons(MessageFactory.Text(Text(key, args), inputHint), Wording.Entry(key).Buttons);

    private Activity WithButtons(Activity activity, IReadOnlyList<string> buttons)
    {
        var caps = turn.Capabilities;
        var fits = caps.SupportsSuggestedActions && buttons.Count <= caps.MaxSuggestedActions;

        // A numeric scale with more buttons than the channel shows as suggested actions, but few enough for a card: the
        // channel's delivery draws it as one (the 0–10 question in Teams), with the text kept for where cards are not rendered.
        var scale = buttons.Count <= caps.MaxCardActions && buttons.All(button => int.TryParse(button, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _));
        return buttons.Count > 0 && (fits || scale)
            ? activity with { SuggestedActions = new SuggestedActions { Actions = [.. buttons.Select(CardAction.ImBack)] } }
            : activity;
    }
}
