using Microsoft.Extensions.Caching.Memory;

namespace NpsBot.Conversations.Runner;

/// <summary>
/// The conversation states this process committed last, kept as the objects the turn left them: a conversation's next
/// turn usually comes back within minutes, and reading its state back from JSON (and each dialog value from that) was
/// about 7 % of the server's CPU per turn in issue 13's profile.
/// An entry is used only when the stored JSON is exactly the JSON it was committed as (a turn on another instance, an
/// erasure or a repair since makes it differ), and only once: a turn takes its state out, and only a committed turn puts
/// one back, so a turn that failed half-way or lost a version race never leaves a changed object behind.
/// At most <see cref="Capacity"/> states are kept, each for <see cref="KeptFor"/> after its turn: memory stays bounded
/// however many conversations the process has seen.
/// </summary>
public sealed class CommittedStates : IDisposable
{
    public const int Capacity = 1024;

    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(15);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>The state committed as <paramref name="stored"/>'s JSON, taken out of the cache; null when none is kept.</summary>
    public ConversationState? Take(StoredConversation stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!_cache.TryGetValue(stored.ConversationKey, out Entry? entry) || entry is null)
        {
            return null;
        }

        _cache.Remove(stored.ConversationKey);
        return string.Equals(entry.Json, stored.StateJson, StringComparison.Ordinal) ? entry.State : null;
    }

    /// <summary>Keeps <paramref name="state"/>, just committed as <paramref name="json"/>, for the conversation's next turn.</summary>
    public void Keep(string conversationKey, string json, ConversationState state) =>
        _cache.Set(conversationKey, new Entry(json, state), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(string Json, ConversationState State);
}
