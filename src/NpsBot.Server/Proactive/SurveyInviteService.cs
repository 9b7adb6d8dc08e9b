using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NpsBot.Channels.Proactive;
using NpsBot.Conversations.Definitions;
using NpsBot.Storage;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Proactive;

/// <summary>
/// Accepts survey invites (the REST API, the console's CSV upload, the survey-send verb, the re-survey of a closed case):
/// checks the request, works out when it may be sent (the caller's "when", moved out of the customer's quiet hours),
/// then writes the invite row and its <c>survey.invite</c> job, due then, in one transaction. The event id is unique:
/// asking again for the same event returns the first invite and queues nothing.
/// </summary>
public sealed class SurveyInviteService(
    IDbContextFactory<NpsBotDbContext> contexts, IEnumerable<IProactiveChannel> channels, SurveyDefinitions definitions,
    IOptions<ProactiveOptions> options, WorkQueueSignal signal, TimeProvider clock)
{
    public const int MaxEventIdLength = 200;

    public const int MaxListLength = 500;

    /// <summary>The request's problem (field and reason) without queuing anything, or null when it would be accepted.</summary>
    public SurveyInviteResult? Check(SurveyInviteRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Refusal(request);
    }

    public async Task<SurveyInviteResult> InviteAsync(SurveyInviteRequest request, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Refusal(request) is { } refused)
        {
            return refused;
        }

        var eventId = request.EventId!.Trim();
        if (await FindAsync(eventId, cancellationToken) is { } existing)
        {
            return new SurveyInviteResult(existing, Created: false);
        }

        var now = clock.GetUtcNow();
        var zone = request.TimeZone?.Trim() is { Length: > 0 } named ? named : null;
        var wanted = request.When is { } when && when > now ? when : now;
        var due = SendTime(request.Channel!, wanted, zone);
        var row = new SurveyInviteRecord
        {
            EventId = eventId,
            ChannelId = request.Channel!,
            Recipient = request.To!.Trim(),
            Locale = request.Locale?.Trim() is { Length: > 0 } locale ? locale : definitions.Wording.DefaultLocale,
            Status = InviteStatuses.Queued,
            Source = source,
            DueAt = due.UtcDateTime,
            TimeZone = zone,
            Deferral = due > wanted ? InviteStatuses.QuietHours : null,
            CreatedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
        };
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            context.SurveyInvites.Add(row);
            WorkQueueEntries.Add(context, SurveyInviteWork.For(eventId, due), now);
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same event arrived twice at once: the other request's invite stands, and its job is the only one.
                if (await FindAsync(eventId, cancellationToken) is { } raced)
                {
                    return new SurveyInviteResult(raced, Created: false);
                }

                throw;
            }
        }

        signal.Notify();
        return new SurveyInviteResult(SurveyInviteView.Of(row), Created: true);
    }

    /// <summary>
    /// When a send wanted at <paramref name="wanted"/> may go: then, or at the end of the customer's quiet hours on the
    /// channels they apply to.
    /// </summary>
    public DateTimeOffset SendTime(string channelId, DateTimeOffset wanted, string? timeZone)
    {
        var settings = options.Value;
        if (!settings.QuietHoursChannels.Contains(channelId, StringComparer.OrdinalIgnoreCase))
        {
            return wanted;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone ?? settings.DefaultTimeZone);
        return QuietHours.NextAllowed(wanted, zone, settings.QuietHoursStart, settings.QuietHoursEnd);
    }

    public async Task<SurveyInviteView?> FindAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.SurveyInvites.AsNoTracking().SingleOrDefaultAsync(i => i.EventId == eventId, cancellationToken);
        return row is null ? null : SurveyInviteView.Of(row, await ScoreAsync(context, row.EventId, cancellationToken));
    }

    /// <summary>The newest invites first, optionally of one state and channel, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<SurveyInviteView>> ListAsync(string? status, string? channel, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var query = context.SurveyInvites.AsNoTracking();
        if (channel is { Length: > 0 })
        {
            query = query.Where(i => i.ChannelId == channel);
        }

        // sent, delivered and answered are all stored as sent (the view tells them apart), so filter those after the join.
        var stored = status is InviteStatuses.Delivered or InviteStatuses.Answered ? InviteStatuses.Sent : status;
        if (stored is { Length: > 0 })
        {
            query = query.Where(i => i.Status == stored);
        }

        var rows = await query
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Select(i => new
            {
                Invite = i,
                Score = context.SurveyResponses.Where(r => r.EventId == i.EventId && r.Score != null).Select(r => r.Score).FirstOrDefault(),
            })
            .Take(Math.Clamp(limit, 1, MaxListLength))
            .ToListAsync(cancellationToken);
        var views = rows.Select(r => SurveyInviteView.Of(r.Invite, r.Score));
        return [.. status is { Length: > 0 } ? views.Where(v => v.Status == status) : views];
    }

    private static Task<int?> ScoreAsync(NpsBotDbContext context, string eventId, CancellationToken cancellationToken) =>
        context.SurveyResponses.AsNoTracking().Where(r => r.EventId == eventId && r.Score != null)
            .Select(r => r.Score).FirstOrDefaultAsync(cancellationToken);

    private SurveyInviteResult? Refusal(SurveyInviteRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.EventId))
        {
            return SurveyInviteResult.Invalid("$.eventId", "The event id is required: it is the idempotency key (the same event never surveys twice).");
        }

        if (request.EventId.Trim().Length > MaxEventIdLength)
        {
            return SurveyInviteResult.Invalid("$.eventId", $"The event id is longer than {MaxEventIdLength} characters.");
        }

        var known = channels.Select(c => c.ChannelId).ToList();
        if (channels.FirstOrDefault(c => c.ChannelId == request.Channel) is not { } channel)
        {
            return SurveyInviteResult.Invalid("$.channel", $"The channel must be one of: {string.Join(", ", known)}.");
        }

        if (string.IsNullOrWhiteSpace(request.To))
        {
            return SurveyInviteResult.Invalid("$.to", "The recipient is required.");
        }

        if (channel.RefusalOfRecipient(request.To.Trim()) is { } recipient)
        {
            return SurveyInviteResult.Invalid("$.to", recipient);
        }

        if (request.Locale is { Length: > 0 } locale && !IsShipped(locale))
        {
            return SurveyInviteResult.Invalid("$.locale", $"The locale must be one of: {string.Join(", ", definitions.Wording.Locales.Keys.Order())}.");
        }

        if (request.When is { } when && when - clock.GetUtcNow() > options.Value.MaxScheduleAhead)
        {
            return SurveyInviteResult.Invalid("$.when", $"The send time is more than {options.Value.MaxScheduleAhead.TotalDays:0} days ahead.");
        }

        if (request.TimeZone is { Length: > 0 } zone && (zone.Length > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(zone.Trim(), out _)))
        {
            return SurveyInviteResult.Invalid("$.timeZone", "The time zone must be an IANA time zone id, such as Europe/London.");
        }

        return null;
    }

    /// <summary>True for one of the shipped locales (or a regional tag of one).</summary>
    public bool IsShipped(string locale)
    {
        var tag = locale.Trim().Replace('_', '-').ToLowerInvariant();
        return tag.Length <= 32 && (definitions.Wording.Locales.ContainsKey(tag) || definitions.Wording.Locales.ContainsKey(tag.Split('-')[0]));
    }
}
