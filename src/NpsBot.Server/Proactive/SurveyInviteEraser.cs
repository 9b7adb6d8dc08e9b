using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Privacy;
using NpsBot.Storage;

namespace NpsBot.Server.Proactive;

/// <summary>forget-customer for survey invites: the invites to that customer (their number, their event ids) are deleted.</summary>
public sealed class SurveyInviteEraser(IDbContextFactory<NpsBotDbContext> contexts) : IPersonalDataEraser
{
    public async Task<ErasureReport> EraseAsync(CustomerIdentity customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = context.SurveyInvites.Where(i => i.ChannelId == customer.ChannelId && i.Recipient == customer.UserId);
        var deleted = await mine.ExecuteDeleteAsync(cancellationToken);
        return new ErasureReport([new Erasure("survey invites", deleted, Erasure.Deleted)], [], await mine.CountAsync(cancellationToken));
    }
}
