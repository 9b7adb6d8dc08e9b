using Microsoft.Extensions.Caching.Memory;

namespace NpsBot.Conversations.Runner;

/// <summary>
/// The conversation states this process committed last, kept as the objects the turn left them: a conversation's next
/// turn usually comes back within minutes, and reading its state back from JSON (and each dialog value from that) was
/// about 7 % of the server's CPU per turn in issue 13's profile; reading the stored row at all (a read transaction on a
/// pooled connection whose page cache every commit empties) was most of what was left of a turn's reads.
/// <list type="bullet">
/// <item>Unread (<see cref="TakeUnread"/>): the turn starts from the kept state without reading the store, and its commit
/// holds only if the stored row is still exactly what this process committed, version and JSON
/// (<see cref="TurnCommit.ExpectedStateJson"/>); a turn of another instance, an erasure or a repair since fails it as a
/// conflict, and so does an activity processed already (the replay cache's key): the runner then reads and runs it again.</item>
/// <item>Read first (<see cref="Take"/>): the kept state is used when the stored JSON is exactly what was committed.</item>
/// </list>
/// Turns go unread while kept states are found unchanged: when more than one in sixteen of the last <see cref="Window"/>
/// that found one found it changed (several instances taking turns of the same conversations), turns read first, where a
/// changed state costs a read and not a whole turn run twice; the next windows decide again.
/// An entry is used only once: a turn takes its state out, and only a committed turn puts one back, so a turn that
/// failed half-way or lost a version race never leaves a changed object behind.
/// At most <see cref="Capacity"/> states are kept, each for <see cref="KeptFor"/> after its turn: memory stays bounded
/// however many conversations the process has seen.
/// </summary>
public sealed class CommittedStates : IDisposable
{
    public const int Capacity = 1024;

    /// <summary>How many turns that found a kept state decide whether the next ones read first.</summary>
    public const int Window = 256;

    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(15);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private readonly Lock _gate = new();
    private int _found;
    private int _changed;
    private volatile bool _readFirst;

    /// <summary>True while turns read their state first (kept states were found changed too often).</summary>
    public bool ReadFirst => _readFirst;

    /// <summary>
    /// The state this process last committed for the conversation, taken out of the cache, with the version and JSON it was
    /// committed as, for a turn that does not read the store; null when none is kept, or while turns read first.
    /// </summary>
    public (StoredConversation Stored, ConversationState State)? TakeUnread(string conversationKey)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        if (_readFirst || !_cache.TryGetValue(conversationKey, out Entry? entry) || entry is null)
        {
            return null;
        }

        _cache.Remove(conversationKey);
        return (new StoredConversation(conversationKey, entry.Version, entry.Json), entry.State);
    }

    /// <summary>The state committed as <paramref name="stored"/>'s JSON, taken out of the cache; null when none is kept or it changed since.</summary>
    public ConversationState? Take(StoredConversation stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!_cache.TryGetValue(stored.ConversationKey, out Entry? entry) || entry is null)
        {
            return null;
        }

        _cache.Remove(stored.ConversationKey);
        var unchanged = string.Equals(entry.Json, stored.StateJson, StringComparison.Ordinal);
        Found(unchanged);
        return unchanged ? entry.State : null;
    }

    /// <summary>Whether the commit of a turn that started from <see cref="TakeUnread"/> held (false: a conflict).</summary>
    public void Committed(bool held) => Found(held);

    /// <summary>Keeps <paramref name="state"/>, just committed as <paramref name="json"/> at <paramref name="version"/>, for the conversation's next turn.</summary>
    public void Keep(string conversationKey, string json, ConversationState state, long version) =>
        _cache.Set(conversationKey, new Entry(json, state, version), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });

    public void Dispose() => _cache.Dispose();

    private void Found(bool unchanged)
    {
        lock (_gate)
        {
            _found++;
            _changed += unchanged ? 0 : 1;
            if (_found == Window)
            {
                _readFirst = _changed * 16 > Window;
                _found = 0;
                _changed = 0;
            }
        }
    }

    private sealed record Entry(string Json, ConversationState State, long Version);
}
