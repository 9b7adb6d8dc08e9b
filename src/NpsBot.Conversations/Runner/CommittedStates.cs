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
/// A turn whose activity this process committed for the conversation (the last <see cref="ActivitiesRemembered"/>) reads
/// first: it is a re-sent activity, answered from the replay cache without running the bot again.
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

    /// <summary>The activity ids kept with a conversation's state: those of its last turns this process committed.</summary>
    public const int ActivitiesRemembered = 32;

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
    /// The state this process last committed for the conversation, taken out of the cache, for a turn of
    /// <paramref name="activityId"/> that does not read the store (<see cref="Kept.Stored"/>: the version and JSON it was
    /// committed as); null when none is kept, while turns read first, or when this process committed that activity already.
    /// </summary>
    public Kept? TakeUnread(string conversationKey, string activityId)
    {
        ArgumentNullException.ThrowIfNull(conversationKey);
        if (_readFirst || !_cache.TryGetValue(conversationKey, out Kept? kept) || kept is null || kept.ActivityIds.Contains(activityId))
        {
            return null;
        }

        _cache.Remove(conversationKey);
        return kept;
    }

    /// <summary>The state committed as <paramref name="stored"/>'s JSON, taken out of the cache; null when none is kept or it changed since.</summary>
    public Kept? Take(StoredConversation stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!_cache.TryGetValue(stored.ConversationKey, out Kept? kept) || kept is null)
        {
            return null;
        }

        _cache.Remove(stored.ConversationKey);
        var unchanged = string.Equals(kept.Stored.StateJson, stored.StateJson, StringComparison.Ordinal);
        Found(unchanged);
        return unchanged ? kept : null;
    }

    /// <summary>Whether the commit of a turn that started from <see cref="TakeUnread"/> held (false: a conflict).</summary>
    public void Committed(bool held) => Found(held);

    /// <summary>
    /// Keeps <paramref name="state"/>, just committed as <paramref name="json"/> at <paramref name="version"/> by the turn of
    /// <paramref name="activityId"/>, for the conversation's next turn; <paramref name="earlier"/> is what the turn started
    /// from, whose activity ids are remembered too.
    /// </summary>
    public void Keep(string conversationKey, string json, ConversationState state, long version, string activityId, Kept? earlier = null)
    {
        string[] activities = [.. (earlier?.ActivityIds ?? []).TakeLast(ActivitiesRemembered - 1), activityId];
        var kept = new Kept(new StoredConversation(conversationKey, version, json), state, activities);
        _cache.Set(conversationKey, kept, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeptFor });
    }

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

    /// <summary>A committed state: the row it was stored as, the object, and the activities this process committed for it.</summary>
    public sealed record Kept(StoredConversation Stored, ConversationState State, IReadOnlyList<string> ActivityIds);
}
