using System.Globalization;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>Shows choices as imBack buttons where the channel has enough of them, or as a numbered list in the text.</summary>
public static class ChoiceRendering
{
    /// <summary>True when the channel can show <paramref name="count"/> buttons.</summary>
    public static bool FitsAsButtons(ChannelCapabilities capabilities, int count)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        return capabilities.SupportsSuggestedActions && count > 0 && count <= capabilities.MaxSuggestedActions;
    }

    /// <summary>Adds the choices as buttons when they fit and the activity has none; otherwise returns it unchanged.</summary>
    public static Activity WithButtons(Activity activity, IReadOnlyList<Choice>? choices, ChannelCapabilities capabilities)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (choices is null || activity.SuggestedActions is not null || !FitsAsButtons(capabilities, choices.Count))
        {
            return activity;
        }

        return activity with { SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(c => CardAction.ImBack(c.Value))] } };
    }

    /// <summary>Appends "1. first", "2. second"... to the text, one per line.</summary>
    public static Activity WithNumberedList(Activity activity, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(choices);
        var lines = choices.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {c.Value}"));
        return activity with { Text = string.Join('\n', [activity.Text, .. lines]) };
    }
}
