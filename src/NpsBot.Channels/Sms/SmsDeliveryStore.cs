using Microsoft.EntityFrameworkCore;
using NpsBot.Storage;
using NpsBot.Storage.Entities;

namespace NpsBot.Channels.Sms;

/// <summary>
/// Twilio's delivery reports: each sent message's latest status (kept per MessageSid), reflected on the survey invite
/// most recently sent to that number, so an invite shows "delivered" (or why not) once its question reached the phone.
/// Statuses only move forward (a late "sent" callback never overwrites "delivered").
/// </summary>
public sealed class SmsDeliveryStore(IDbContextFactory<NpsBotDbContext> contexts, TimeProvider clock)
{
    // survey_invites.status of an invite whose question left (NpsBot.Server.Proactive.InviteStatuses.Sent).
    private const string InviteSent = "sent";

    private static readonly Dictionary<string, int> Order = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accepted"] = 0, ["scheduled"] = 0, ["queued"] = 1, ["sending"] = 2, ["sent"] = 3,
        ["delivered"] = 4, ["undelivered"] = 4, ["failed"] = 4, ["read"] = 5, ["canceled"] = 4,
    };

    /// <summary>Records a message Twilio accepted (its first status, from the Messages API's answer).</summary>
    public Task SentAsync(string messageSid, string recipient, string status, CancellationToken cancellationToken) =>
        RecordAsync(messageSid, recipient, status, null, cancellationToken);

    /// <summary>Records a status callback; false when the report is older than what is known (nothing changes).</summary>
    public async Task<bool> RecordAsync(string messageSid, string? recipient, string status, int? errorCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageSid);
        ArgumentException.ThrowIfNullOrEmpty(status);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.SmsMessages.SingleOrDefaultAsync(m => m.MessageSid == messageSid, cancellationToken);
        if (row is null)
        {
            if (string.IsNullOrEmpty(recipient))
            {
                return false;
            }

            row = new SmsMessageRecord { MessageSid = messageSid, Recipient = recipient, Status = status, ErrorCode = errorCode, CreatedAt = now, UpdatedAt = now };
            context.SmsMessages.Add(row);
        }
        else if (Rank(status) >= Rank(row.Status))
        {
            row.Status = status;
            row.ErrorCode = errorCode ?? row.ErrorCode;
            row.UpdatedAt = now;
        }
        else
        {
            return false;
        }

        var invite = await context.SurveyInvites
            .Where(i => i.ChannelId == SmsChannel.ChannelId && i.Recipient == row.Recipient && i.Status == InviteSent && i.SentAt != null && i.SentAt <= now)
            .OrderByDescending(i => i.SentAt).FirstOrDefaultAsync(cancellationToken);
        if (invite is not null && (invite.DeliveryStatus is null || Rank(status) >= Rank(invite.DeliveryStatus)))
        {
            invite.DeliveryStatus = status.ToLowerInvariant();
            invite.UpdatedAt = now;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (context.ChangeTracker.Entries<SmsMessageRecord>().Any(e => e.State == EntityState.Added))
        {
            // The callback and the send's own record raced for a new sid: the other one stands; apply this one again.
            return await RecordAsync(messageSid, recipient, status, errorCode, cancellationToken);
        }

        return true;
    }

    private static int Rank(string status) => Order.TryGetValue(status, out var rank) ? rank : 0;
}
