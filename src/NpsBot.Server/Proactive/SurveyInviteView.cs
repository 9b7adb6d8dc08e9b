using NpsBot.Storage.Entities;

namespace NpsBot.Server.Proactive;

/// <summary>An invite as the API shows it (the recipient is left out: it is the caller's own data).</summary>
public sealed record SurveyInviteView(string EventId, string Channel, string? Locale, string Status, string? Refusal, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static SurveyInviteView Of(SurveyInviteRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.EventId, row.ChannelId, row.Locale, row.Status, row.Refusal,
            DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc), DateTime.SpecifyKind(row.UpdatedAt, DateTimeKind.Utc));
    }
}
