using NpsBot.Language.Text;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Every cue's required literal sets (<see cref="RequiredLiterals"/>) in one trie, so that a text is read once for all of
/// them (<see cref="CueText"/>) instead of once per cue. Hand-written because <c>SearchValues&lt;string&gt;</c> only says
/// where the first of its strings starts, not which strings occur: one search per cue cost 1–7 µs each with a few hundred
/// strings, more than the expressions it saved. Sets registered after the trie was built (a cue class initialised
/// later) rebuild it on the next read; until then they count as present, which only lets their expression run.
/// </summary>
public static class CueLiteralIndex
{
    private static readonly Lock Gate = new();
    private static readonly List<string[]> Sets = [];
    private static volatile Trie? _built;

    /// <summary>Adds one literal set; its id for <see cref="CueText.Holds"/>.</summary>
    public static int Register(string[] set)
    {
        ArgumentNullException.ThrowIfNull(set);
        lock (Gate)
        {
            Sets.Add(set);
            _built = null;
            return Sets.Count - 1;
        }
    }

    /// <summary>Which registered sets have a string in <paramref name="text"/> (index: set id).</summary>
    public static bool[] SetsFoundIn(string text)
    {
        var trie = _built ?? Build();
        var found = new bool[trie.SetCount];
        for (var start = 0; start < text.Length; start++)
        {
            var node = 0;
            for (var at = start; at < text.Length && trie.Children.TryGetValue(Trie.Key(node, text[at]), out node); at++)
            {
                foreach (var set in trie.SetsEndingAt[node])
                {
                    found[set] = true;
                }
            }
        }

        return found;
    }

    private static Trie Build()
    {
        lock (Gate)
        {
            return _built ??= Trie.Of(Sets);
        }
    }

    /// <summary>
    /// Nodes numbered from 0 (the root); an edge per (node, character), in a <see cref="PackedLongMap"/> (perf17: a
    /// dictionary lookup per character was most of a complaint's read); the sets whose strings end at each node.
    /// </summary>
    private sealed record Trie(PackedLongMap Children, int[][] SetsEndingAt, int SetCount)
    {
        public static long Key(int node, char c) => ((long)node << 16) | c;

        public static Trie Of(List<string[]> sets)
        {
            var children = new Dictionary<long, int>();
            var ending = new List<List<int>> { new() };
            for (var set = 0; set < sets.Count; set++)
            {
                foreach (var literal in sets[set])
                {
                    var node = 0;
                    foreach (var c in literal)
                    {
                        if (!children.TryGetValue(Key(node, c), out var child))
                        {
                            child = ending.Count;
                            ending.Add([]);
                            children.Add(Key(node, c), child);
                        }

                        node = child;
                    }

                    ending[node].Add(set);
                }
            }

            return new Trie(new PackedLongMap(children), [.. ending.Select(sets => sets.Distinct().ToArray())], sets.Count);
        }
    }
}
