using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Privacy;
using NpsBot.Storage;

namespace NpsBot.Channels.Sms;

/// <summary>forget-customer for SMS: messages still waiting for (or dead-lettered on) the way to that number are deleted.</summary>
public sealed class SmsJobsEraser(IDbContextFactory<NpsBotDbContext> contexts) : IPersonalDataEraser
{
    public async Task<ErasureReport> EraseAsync(CustomerIdentity customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.ChannelId != SmsChannel.ChannelId)
        {
            return new ErasureReport([], [], 0);
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await context.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM work_items WHERE kind = {SmsSendWork.Kind} AND json_extract(payload, '$.to') = {customer.UserId}", cancellationToken);
        var reports = await context.SmsMessages.Where(m => m.Recipient == customer.UserId).ExecuteDeleteAsync(cancellationToken);
        return new ErasureReport(
            [new Erasure("queued SMS messages", deleted, Erasure.Deleted), new Erasure("SMS delivery reports", reports, Erasure.Deleted)], [], 0);
    }
}
