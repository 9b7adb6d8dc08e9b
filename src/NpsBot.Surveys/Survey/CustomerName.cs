using NpsBot.Conversations.Activities;

namespace NpsBot.Surveys.Survey;

/// <summary>Decides whether a channel's display name is a real name to greet by ("Ana Ruiz" → "Ana"; "User", ids → none).</summary>
public static class CustomerName
{
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "user", "you", "guest", "customer", "visitor", "anonymous", "unknown", "me", "default", "usuario", "cliente", "invitado",
    };

    public static string? FirstNameOf(ChannelAccount? account)
    {
        var name = account?.Name?.Trim();
        if (string.IsNullOrEmpty(name) || string.Equals(name, account!.Id, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        return Generic.Contains(first) || Generic.Contains(name) || LooksLikeId(name) ? null : first;
    }

    // Ids and handles ("dl_9f2c", "29:1xYz", "+15551234567", "user-42") carry digits or separators that names do not.
    private static bool LooksLikeId(string name) =>
        name.Any(c => char.IsDigit(c) || c is '_' or ':' or '@' or '+' or '/') || !name.Any(char.IsLetter);
}
