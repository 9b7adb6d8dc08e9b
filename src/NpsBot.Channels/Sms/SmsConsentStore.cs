using Microsoft.EntityFrameworkCore;
using NpsBot.Storage;
using NpsBot.Storage.Entities;

namespace NpsBot.Channels.Sms;

/// <summary>
/// STOP and START on the customer row of the number, the same flag the survey's own STOP sets and survey fatigue reads,
/// so "no survey for a customer who said STOP" holds on every path (inbound, proactive, re-survey).
/// </summary>
public sealed class SmsConsentStore(IDbContextFactory<NpsBotDbContext> contexts, TimeProvider clock) : ISmsConsent
{
    public async Task<bool> IsOptedOutAsync(string number, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Customers.AsNoTracking()
            .AnyAsync(c => c.ChannelId == SmsChannel.ChannelId && c.ChannelUserId == number && c.OptedOut, cancellationToken);
    }

    public async Task SetOptedOutAsync(string number, bool optedOut, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await context.Customers.SingleOrDefaultAsync(
            c => c.ChannelId == SmsChannel.ChannelId && c.ChannelUserId == number, cancellationToken);
        if (customer is null)
        {
            context.Customers.Add(new Customer
            {
                ChannelId = SmsChannel.ChannelId, ChannelUserId = number, OptedOut = optedOut, CreatedAt = now, UpdatedAt = now,
            });
        }
        else if (customer.OptedOut != optedOut)
        {
            customer.OptedOut = optedOut;
            customer.UpdatedAt = now;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (customer is null)
        {
            // A turn created the row meanwhile (unique channel + number): set the flag on it.
            await context.Customers
                .Where(c => c.ChannelId == SmsChannel.ChannelId && c.ChannelUserId == number)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.OptedOut, optedOut).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        }
    }
}
