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

        // The number is inside the JSON payload; read in .NET rather than with a database's JSON functions, so the same
        // code runs on SQLite and PostgreSQL (few SMS jobs wait at any time).
        var jobs = await context.WorkItems.Where(w => w.Kind == SmsSendWork.Kind).ToListAsync(cancellationToken);
        var theirs = jobs.Where(job => SentTo(job.Payload) == customer.UserId).ToList();
        context.WorkItems.RemoveRange(theirs);
        var deleted = await context.SaveChangesAsync(cancellationToken);
        return new ErasureReport([new Erasure("queued SMS messages", deleted, Erasure.Deleted)], [], 0);
    }

    private static string? SentTo(string payload)
    {
        using var json = System.Text.Json.JsonDocument.Parse(payload);
        return json.RootElement.TryGetProperty("to", out var to) && to.ValueKind == System.Text.Json.JsonValueKind.String ? to.GetString() : null;
    }
}
