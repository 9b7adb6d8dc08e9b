using Microsoft.EntityFrameworkCore;
using NpsBot.Channels.Proactive;
using NpsBot.Conversations.Definitions;
using NpsBot.Storage;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Proactive;

/// <summary>
/// Accepts survey invites (the REST API, the survey-send verb, later the re-survey of a closed case): checks the request,
/// then writes the invite row and its <c>survey.invite</c> job in one transaction. The event id is unique: asking again
/// for the same event returns the first invite and queues nothing.
/// </summary>
public sealed class SurveyInviteService(
    IDbContextFactory<NpsBotDbContext> contexts, IEnumerable<IProactiveChannel> channels, SurveyDefinitions definitions,
    WorkQueueSignal signal, TimeProvider clock)
{
    public const int MaxEventIdLength = 200;

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
        var row = new SurveyInviteRecord
        {
            EventId = eventId,
            ChannelId = request.Channel!,
            Recipient = request.To!.Trim(),
            Locale = request.Locale?.Trim() is { Length: > 0 } locale ? locale : definitions.Wording.DefaultLocale,
            Status = InviteStatuses.Queued,
            Source = source,
            CreatedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
        };
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            context.SurveyInvites.Add(row);
            WorkQueueEntries.Add(context, SurveyInviteWork.For(eventId, now), now);
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

    public async Task<SurveyInviteView?> FindAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.SurveyInvites.AsNoTracking().SingleOrDefaultAsync(i => i.EventId == eventId, cancellationToken);
        return row is null ? null : SurveyInviteView.Of(row);
    }

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

        return null;
    }

    private bool IsShipped(string locale)
    {
        var tag = locale.Trim().Replace('_', '-').ToLowerInvariant();
        return tag.Length <= 32 && (definitions.Wording.Locales.ContainsKey(tag) || definitions.Wording.Locales.ContainsKey(tag.Split('-')[0]));
    }
}
