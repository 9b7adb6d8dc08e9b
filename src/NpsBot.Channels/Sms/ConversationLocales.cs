using Microsoft.EntityFrameworkCore;
using NpsBot.Storage;

namespace NpsBot.Channels.Sms;

/// <summary>The language a stored conversation runs in (the survey's locale), for replies made outside a turn (HELP).</summary>
public interface IConversationLocales
{
    Task<string?> LocaleOfAsync(string conversationKey, CancellationToken cancellationToken);
}

/// <summary>Reads the conversation row's locale.</summary>
public sealed class ConversationLocales(IDbContextFactory<NpsBotDbContext> contexts) : IConversationLocales
{
    public async Task<string?> LocaleOfAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.Conversations.AsNoTracking()
            .Where(c => c.ConversationKey == conversationKey).Select(c => c.Locale).SingleOrDefaultAsync(cancellationToken);
    }
}
