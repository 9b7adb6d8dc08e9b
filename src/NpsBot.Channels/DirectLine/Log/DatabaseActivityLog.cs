using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;
using NpsBot.Storage;
using NpsBot.Storage.Dialects;
using NpsBot.Storage.Entities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// The activity log in the database (tables directline_conversations and directline_activities). Every append is one
/// write transaction (BEGIN IMMEDIATE on SQLite, so writers from every instance are serialized; on PostgreSQL a
/// conflicting append is run again) that numbers the rows
/// from the conversation's watermark, checks the byte limits and, for replies, marks the echo answered, so a turn's
/// replies are appended exactly once whoever appends them. Payloads are encrypted (<see cref="ActivityPayloads"/>).
/// </summary>
public sealed class DatabaseActivityLog(
    IDbContextFactory<NpsBotDbContext> contexts, IWriteConflicts conflicts, ActivityPayloads payloads, StreamSignals signals, IOptions<DirectLineOptions> options, TimeProvider clock)
    : IDirectLineActivityLog
{
    private DirectLineOptions Options => options.Value;

    public async ValueTask<bool> TryCreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);

        // ON CONFLICT DO NOTHING: the affected-row count says whether this call created it (a second start answers 200).
        var created = await context.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO directline_conversations (id, user_id, user_name, locale, watermark, bytes, greeted, created_at, last_used_at, last_activity_at)
            VALUES ({conversation.Id}, {conversation.User.Id}, {conversation.User.Name}, {conversation.Locale}, 0, 0, FALSE, {now}, {now}, {DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)})
            ON CONFLICT (id) DO NOTHING
            """,
            cancellationToken);
        return created == 1;
    }

    public async ValueTask<bool> HasRoomAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.DirectLineConversations.SumAsync(c => c.Bytes, cancellationToken) + Options.MaxActivityBytes <= Options.MaxStoredBytes;
    }

    public async ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await context.DirectLineConversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        // Being used keeps a conversation from expiring; written at most once per TouchEvery, not on every poll.
        var now = clock.GetUtcNow().UtcDateTime;
        if (row.LastUsedAt < now - TouchEvery)
        {
            await context.DirectLineConversations.Where(c => c.Id == conversationId)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.LastUsedAt, now), cancellationToken);
        }

        return ToConversation(row);
    }

    public ValueTask<PostOutcome?> AppendPostAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return RetriedOnConflictAsync(() => TryAppendPostAsync(conversationId, activity, clientActivityId, cancellationToken));
    }

    /// <summary>
    /// Runs an append again when another instance's append to the same conversation took the watermark (or the client's
    /// activity id) first: PostgreSQL does not serialize the two transactions as SQLite's BEGIN IMMEDIATE does, so the
    /// second insert meets a unique key. The retry reads the conversation afresh and finds the other's row. Only such a
    /// lost race is retried (<see cref="IWriteConflicts"/>); any other failure of the write is thrown at once.
    /// </summary>
    private async ValueTask<T> RetriedOnConflictAsync<T>(Func<ValueTask<T>> append)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await append();
            }
            catch (DbUpdateException failure) when (attempt < 5 && conflicts.IsLostRace(failure))
            {
            }
        }
    }

    private async ValueTask<PostOutcome?> TryAppendPostAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken)
    {
        var (payload, bytes) = payloads.Protect(activity);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var conversation = await context.DirectLineConversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        if (clientActivityId is not null && await context.DirectLineActivities.AsNoTracking()
            .FirstOrDefaultAsync(a => a.ConversationId == conversationId && a.ClientActivityId == clientActivityId, cancellationToken) is { } first)
        {
            return new PostOutcome(ToActivity(conversationId, first), Answered: !first.AwaitingReply);
        }

        if (conversation.Bytes + bytes > Options.MaxBytesPerConversation)
        {
            return PostOutcome.Refused(PostRefusal.ConversationFull);
        }

        if (await context.DirectLineConversations.SumAsync(c => c.Bytes, cancellationToken) + bytes > Options.MaxStoredBytes)
        {
            return PostOutcome.Refused(PostRefusal.LogFull);
        }

        var row = Add(context, conversation, payload, bytes);
        row.ClientActivityId = clientActivityId;
        row.AwaitingReply = true;
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signals.AppendedHere(conversationId, conversation.Watermark);
        return new PostOutcome(activity with { Id = ActivityId(conversationId, row.Watermark), Timestamp = Utc(row.Timestamp) }, Answered: false);
    }

    public ValueTask<bool> AppendRepliesAsync(string conversationId, string? answering, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replies);
        return RetriedOnConflictAsync(() => TryAppendRepliesAsync(conversationId, answering, replies, cancellationToken));
    }

    private async ValueTask<bool> TryAppendRepliesAsync(string conversationId, string? answering, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var protectedReplies = replies.Select(payloads.Protect).ToList();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var conversation = await context.DirectLineConversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return false;
        }

        if (answering is null)
        {
            if (conversation.Greeted)
            {
                return false;
            }

            conversation.Greeted = true;
        }
        else
        {
            var watermark = WatermarkOf(answering);
            var echo = await context.DirectLineActivities.FirstOrDefaultAsync(a => a.ConversationId == conversationId && a.Watermark == watermark, cancellationToken);
            if (echo is not { AwaitingReply: true })
            {
                return false;
            }

            echo.AwaitingReply = false;
        }

        // Replies are never refused: the customer's post that caused them was within the limits, and a turn's replies are few.
        foreach (var (payload, bytes) in protectedReplies)
        {
            Add(context, conversation, payload, bytes);
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signals.AppendedHere(conversationId, conversation.Watermark);
        return true;
    }

    public async ValueTask<bool> AppendOutboundAsync(
        string conversationId, string deliveryKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var protectedActivities = activities.Select(payloads.Protect).ToList();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var conversation = await context.DirectLineConversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null || activities.Count == 0)
        {
            return false;
        }

        // The delivery key marks the first row (the client-activity-id column is unique per conversation): a delivery
        // retried after a crash appends nothing twice. Keys start with "npsbot-out|" and a server-made id, which no client sends.
        var key = OutboundKeyPrefix + deliveryKey;
        if (await context.DirectLineActivities.AnyAsync(a => a.ConversationId == conversationId && a.ClientActivityId == key, cancellationToken))
        {
            return false;
        }

        for (var i = 0; i < protectedActivities.Count; i++)
        {
            var row = Add(context, conversation, protectedActivities[i].Payload, protectedActivities[i].Bytes);
            row.ClientActivityId = i == 0 ? key : null;
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signals.AppendedHere(conversationId, conversation.Watermark);
        return true;
    }

    private const string OutboundKeyPrefix = "npsbot-out|";

    public async ValueTask<ActivitySet?> ReadAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await context.DirectLineConversations.AsNoTracking().Where(c => c.Id == conversationId)
            .Select(c => (long?)c.Watermark).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            return null;
        }

        var rows = await context.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Watermark > afterWatermark)
            .OrderBy(a => a.Watermark)
            .Take(max)
            .ToListAsync(cancellationToken);
        var next = rows.Count > 0 ? rows[^1].Watermark : Math.Min(Math.Max(afterWatermark, 0), last.Value);
        return new ActivitySet([.. rows.Select(row => ToActivity(conversationId, row))], next.ToString(CultureInfo.InvariantCulture));
    }

    public async ValueTask<IReadOnlyList<PendingTurn>> FindPendingAsync(DateTimeOffset notBefore, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var start = notBefore.UtcDateTime;
        var cutoff = before.UtcDateTime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var echoes = await context.DirectLineActivities.AsNoTracking()
            .Where(a => a.AwaitingReply && a.Timestamp >= start && a.Timestamp < cutoff)
            .OrderBy(a => a.Timestamp)
            .Take(Options.PageSize)
            .ToListAsync(cancellationToken);
        var ids = echoes.Select(e => e.ConversationId).Distinct().ToList();
        var conversations = await context.DirectLineConversations.AsNoTracking()
            .Where(c => ids.Contains(c.Id) || (!c.Greeted && c.CreatedAt >= start && c.CreatedAt < cutoff))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var pending = conversations.Values.Where(c => !c.Greeted && c.CreatedAt >= start && c.CreatedAt < cutoff).Select(c => new PendingTurn(ToConversation(c), null)).ToList();
        pending.AddRange(echoes.Where(e => conversations.ContainsKey(e.ConversationId))
            .Select(e => new PendingTurn(ToConversation(conversations[e.ConversationId]), ToActivity(e.ConversationId, e))));
        return pending;
    }

    public async ValueTask<int> RemoveIdleAsync(CancellationToken cancellationToken)
    {
        var cutoff = (clock.GetUtcNow() - Options.ConversationIdleExpiry).UtcDateTime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        // The longest idle first (its index gives them in that order): each sweep takes up to 1,000 of them.
        var idle = await context.DirectLineConversations.Where(c => c.LastUsedAt < cutoff).OrderBy(c => c.LastUsedAt).Select(c => c.Id)
            .Take(1000).ToListAsync(cancellationToken);
        if (idle.Count == 0)
        {
            return 0;
        }

        await context.DirectLineActivities.Where(a => idle.Contains(a.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await context.DirectLineConversations.Where(c => idle.Contains(c.Id)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var id in idle)
        {
            signals.Notify(id, StreamSignal.Ended);
        }

        return idle.Count;
    }

    public void Publish(string conversationId, Activity ephemeral) =>
        signals.Notify(conversationId, new StreamSignal(ephemeral, signals.Known(conversationId)));

    public IDisposable Subscribe(string conversationId, Action<StreamSignal> listener) => signals.Subscribe(conversationId, listener);

    private TimeSpan TouchEvery => TimeSpan.FromTicks(Math.Min(Options.ConversationIdleExpiry.Ticks / 10, TimeSpan.FromMinutes(1).Ticks));

    /// <summary>Numbers a new row from the conversation's watermark and gives it a timestamp later than the last one.</summary>
    private DirectLineActivityRecord Add(NpsBotDbContext context, DirectLineConversationRecord conversation, byte[] payload, int bytes)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        conversation.LastActivityAt = now > conversation.LastActivityAt ? now : conversation.LastActivityAt.AddMilliseconds(1);
        conversation.Watermark++;
        conversation.Bytes += bytes;
        conversation.LastUsedAt = now;
        var row = new DirectLineActivityRecord
        {
            ConversationId = conversation.Id,
            Watermark = conversation.Watermark,
            Bytes = bytes,
            Timestamp = conversation.LastActivityAt,
            Payload = payload,
        };
        context.DirectLineActivities.Add(row);
        return row;
    }

    private Activity ToActivity(string conversationId, DirectLineActivityRecord row) =>
        payloads.Unprotect(row.Payload, ActivityId(conversationId, row.Watermark), Utc(row.Timestamp));

    private static DirectLineConversation ToConversation(DirectLineConversationRecord row) =>
        new(row.Id, new ChannelAccount { Id = row.UserId, Name = row.UserName, Role = RoleTypes.User }, Utc(row.CreatedAt), row.Locale);

    private static string ActivityId(string conversationId, long watermark) => $"{conversationId}|{watermark:D7}";

    /// <summary>The watermark in an activity id of this log; -1 (matches no row) for an id it did not give.</summary>
    private static long WatermarkOf(string activityId) =>
        long.TryParse(activityId.AsSpan(activityId.LastIndexOf('|') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var watermark) ? watermark : -1;

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
