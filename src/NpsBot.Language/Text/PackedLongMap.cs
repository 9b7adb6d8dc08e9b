namespace NpsBot.Language.Text;

/// <summary>
/// A read-only map from non-negative 64-bit keys to ints, in two flat arrays with open addressing (perf17): the escalation
/// cues' literal trie (<see cref="Escalation.CueLiteralIndex"/>) and the escalation model's n-gram slots
/// (<see cref="EscalationRecall.EscalationModelFeatures"/>) look up one key per character of a complaint, and
/// <see cref="Dictionary{TKey, TValue}"/> (buckets, then a chain of entries) cost most of their time. Capacity is a power
/// of two at most half full, the slot is the key's Fibonacci hash, collisions go to the next slot; the same answers as the
/// dictionary it is made from.
/// </summary>
public sealed class PackedLongMap
{
    private const long Empty = -1;

    private readonly long[] _keys;
    private readonly int[] _values;
    private readonly int _mask;
    private readonly int _shift;

    public PackedLongMap(IReadOnlyDictionary<long, int> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var bits = Math.Max(4, 64 - long.LeadingZeroCount(Math.Max(1L, (2L * entries.Count) - 1)));
        _keys = new long[1 << (int)bits];
        _values = new int[_keys.Length];
        _mask = _keys.Length - 1;
        _shift = 64 - (int)bits;
        Array.Fill(_keys, Empty);
        foreach (var (key, value) in entries)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(key, nameof(entries));
            var at = Slot(key);
            while (_keys[at] != Empty)
            {
                at = (at + 1) & _mask;
            }

            _keys[at] = key;
            _values[at] = value;
        }

        Count = entries.Count;
    }

    public int Count { get; }

    /// <summary>The value of <paramref name="key"/>; false for a key not in the map (a negative key never is).</summary>
    public bool TryGetValue(long key, out int value)
    {
        if (key < 0)
        {
            value = 0;
            return false;
        }

        for (var at = Slot(key); ; at = (at + 1) & _mask)
        {
            var found = _keys[at];
            if (found == key)
            {
                value = _values[at];
                return true;
            }

            if (found == Empty)
            {
                value = 0;
                return false;
            }
        }
    }

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
}
