using Microsoft.EntityFrameworkCore;
using NpsBot.Channels.Proactive;
using NpsBot.Recovery.FollowUps;
using NpsBot.Storage;

namespace NpsBot.Server.Proactive;

/// <summary>
/// The re-survey of a closed case through the proactive invite path, for a case whose channel is a proactive one (SMS,
/// Teams): event id "follow-up:{case}", source "re-survey", the customer's locale. The invite's turn starts the case's
/// due follow-up (linked to the case), and only STOP refuses it (the case promised the follow-up).
/// </summary>
public sealed class FollowUpInvites(
    IDbContextFactory<NpsBotDbContext> contexts, IEnumerable<IProactiveChannel> channels, SurveyInviteService invites) : IFollowUpInvites
{
    public const string Source = "re-survey";

    public const string EventPrefix = "follow-up:";

    public async Task<bool> InviteAsync(string caseKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await context.Cases.AsNoTracking()
            .Where(c => c.CaseKey == caseKey && c.FollowUpDueAt != null && c.FollowUpResponseKey == null)
            .Select(c => new { c.ChannelId, c.CustomerId, c.ConversationKey })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is not { CustomerId: { Length: > 0 } customer } || !channels.Any(c => c.ChannelId == found.ChannelId))
        {
            return false;
        }

        var locale = await context.Conversations.AsNoTracking()
            .Where(c => c.ConversationKey == found.ConversationKey).Select(c => c.Locale).SingleOrDefaultAsync(cancellationToken);
        var result = await invites.InviteAsync(
            new SurveyInviteRequest(EventPrefix + caseKey, found.ChannelId, customer, Shipped(locale)), Source, cancellationToken);
        return result.Invite is not null;
    }

    // The conversation's locale may be a regional tag the survey reads itself; the invite takes it only if it is shipped.
    private string? Shipped(string? locale) => locale is { Length: > 0 } && invites.IsShipped(locale) ? locale : null;
}
