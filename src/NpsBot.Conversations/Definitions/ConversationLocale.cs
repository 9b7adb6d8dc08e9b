using System.Text.Json;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Definitions;

/// <summary>The locale a conversation speaks: the activity's locale, else the last one the conversation saw.</summary>
public static class ConversationLocale
{
    /// <summary>The conversation state value the locale is kept in.</summary>
    public const string Key = "locale";

    public static string? Of(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!string.IsNullOrWhiteSpace(turn.Activity.Locale))
        {
            return turn.Activity.Locale;
        }

        return turn.State.Values.TryGetValue(Key, out var stored) && stored.ValueKind == JsonValueKind.String ? stored.GetString() : null;
    }

    /// <summary>Keeps the activity's locale for later turns whose activities carry none (some channels send it only once).</summary>
    public static void Remember(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!string.IsNullOrWhiteSpace(turn.Activity.Locale))
        {
            turn.State.Values[Key] = JsonSerializer.SerializeToElement(turn.Activity.Locale);
        }
    }
}
