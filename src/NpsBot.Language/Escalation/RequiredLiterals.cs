namespace NpsBot.Language.Escalation;

/// <summary>
/// The literal strings a cue pattern cannot match without: a list of sets, and every match of the pattern contains at
/// least one string of each set (so a text that lacks every string of one set cannot match, and the expression need not
/// run). Read from the pattern's own text, so the cues stay written as regular expressions. Written here because .NET
/// exposes no regex syntax tree and no prefilter (RE2's FilteredRE2 and Hyperscan do this, neither is a .NET library); it
/// reads the subset of the syntax the cues use (groups, alternation, classes, <c>\b \d \w</c>, escaped punctuation,
/// quantifiers) and gives up, answering "no requirement", on anything else, so it can only ever skip less, never wrongly.
/// </summary>
public static class RequiredLiterals
{
    // Sets of whole alternatives larger than this are not multiplied out any further (a cross product grows quickly).
    private const int MostExactStrings = 64;

    /// <summary>The sets, most telling first (longest shortest string); empty when the pattern guarantees no literal.</summary>
    public static IReadOnlyList<string[]> Of(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var reader = new PatternReader(pattern);
            var literals = reader.ReadAlternation();
            return reader.AtEnd
                ? [.. literals.AllSets().OrderByDescending(set => set.Min(text => text.Length)).ThenBy(set => set.Length)]
                : [];
        }
        catch (NotSupportedException)
        {
            return [];
        }
    }

    /// <summary>
    /// What is known of the strings a part of the pattern matches: all of them when few and known (<see cref="Exact"/>),
    /// and sets of which every match holds one string (<see cref="AllOf"/>; never a set holding the empty string).
    /// </summary>
    private sealed record Literals(HashSet<string>? Exact, IReadOnlyList<HashSet<string>> AllOf)
    {
        public static readonly Literals Unknown = new(null, []);

        public static readonly Literals Empty = Of([string.Empty]);

        public static Literals Of(HashSet<string> exact) => new(exact, exact.Contains(string.Empty) ? [] : [exact]);

        /// <summary>The one set that says most, or null when every match may be empty of literals.</summary>
        public HashSet<string>? BestSet() => AllOf.OrderByDescending(set => set.Min(text => text.Length)).ThenBy(set => set.Count).FirstOrDefault();

        public IEnumerable<string[]> AllSets() => AllOf.Select(set => set.ToArray());
    }

    /// <summary>A recursive-descent reader of one pattern; throws <see cref="NotSupportedException"/> on syntax it does not know.</summary>
    private sealed class PatternReader(string pattern)
    {
        private int _at;

        public bool AtEnd => _at == pattern.Length;

        public Literals ReadAlternation()
        {
            var alternatives = new List<Literals> { ReadSequence() };
            while (!AtEnd && pattern[_at] == '|')
            {
                _at++;
                alternatives.Add(ReadSequence());
            }

            return alternatives.Count == 1 ? alternatives[0] : Alternation(alternatives);
        }

        private Literals ReadSequence()
        {
            var items = new List<Literals>();
            while (!AtEnd && pattern[_at] is not ('|' or ')'))
            {
                items.Add(ReadQuantified(ReadAtom()));
            }

            return Sequence(items);
        }

        private Literals ReadAtom()
        {
            var c = pattern[_at++];
            return c switch
            {
                '(' => ReadGroup(),
                '[' => ReadClass(),
                '\\' => ReadEscape(),
                '.' => Literals.Unknown,
                '^' or '$' => Literals.Empty,
                '*' or '+' or '?' => throw new NotSupportedException("a quantifier with nothing before it"),
                _ => Literals.Of([c.ToString()]),
            };
        }

        private Literals ReadGroup()
        {
            if (pattern.AsSpan(_at).StartsWith("?:"))
            {
                _at += 2;
            }
            else if (!AtEnd && pattern[_at] == '?')
            {
                throw new NotSupportedException("lookarounds, named groups and inline options are not read");
            }

            var inner = ReadAlternation();
            if (AtEnd || pattern[_at] != ')')
            {
                throw new NotSupportedException("an unclosed group");
            }

            _at++;
            return inner;
        }

        private Literals ReadEscape()
        {
            var c = pattern[_at++];
            return c switch
            {
                'b' or 'B' => Literals.Empty,
                'd' => Literals.Of([.. "0123456789".Select(digit => digit.ToString())]),
                'w' or 'W' or 's' or 'S' or 'D' => Literals.Unknown,
                _ when char.IsLetterOrDigit(c) => throw new NotSupportedException($"the escape \\{c}"),
                _ => Literals.Of([c.ToString()]),
            };
        }

        /// <summary>A class of a few named characters is their set; a negated one or one holding \w says nothing.</summary>
        private Literals ReadClass()
        {
            var negated = !AtEnd && pattern[_at] == '^';
            _at += negated ? 1 : 0;
            var members = new HashSet<string>();
            var known = !negated;
            var first = true;
            while (!AtEnd && (pattern[_at] != ']' || first))
            {
                first = false;
                var c = pattern[_at++];
                if (c == '\\')
                {
                    c = pattern[_at++];
                    if (char.IsLetterOrDigit(c))
                    {
                        known = false;
                        continue;
                    }
                }

                if (_at + 1 < pattern.Length && pattern[_at] == '-' && pattern[_at + 1] != ']')
                {
                    var last = pattern[_at + 1];
                    _at += 2;
                    for (var member = c; member <= last; member++)
                    {
                        members.Add(member.ToString());
                    }

                    continue;
                }

                members.Add(c.ToString());
            }

            if (AtEnd)
            {
                throw new NotSupportedException("an unclosed class");
            }

            _at++;
            return known && members.Count <= 26 ? Literals.Of(members) : Literals.Unknown;
        }

        private Literals ReadQuantified(Literals atom)
        {
            if (AtEnd)
            {
                return atom;
            }

            var quantifier = pattern[_at];
            _at += quantifier is '?' or '*' or '+' ? 1 : 0;
            (int Least, int? Most)? counts = quantifier switch
            {
                '?' => (0, 1),
                '*' => (0, null),
                '+' => (1, null),
                '{' => ReadCounts(),
                _ => null,
            };

            if (counts is not { } count)
            {
                return atom;
            }

            if (!AtEnd && pattern[_at] == '?')
            {
                _at++; // lazy: the same strings
            }

            return Repeated(atom, count.Least, count.Most);
        }

        private (int, int?)? ReadCounts()
        {
            var close = pattern.IndexOf('}', _at);
            var inside = close < 0 ? string.Empty : pattern[(_at + 1)..close];
            var parts = inside.Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], out var least))
            {
                return null; // a brace that is not a count is the character itself
            }

            int? most = parts.Length == 1 ? least : parts[1].Length == 0 ? null : int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            _at = close + 1;
            return (least, most);
        }
    }

    private static Literals Repeated(Literals atom, int least, int? most)
    {
        if (least == 0)
        {
            return most == 1 && atom.Exact is { } once && once.Count < MostExactStrings ? Literals.Of([.. once, string.Empty]) : Literals.Unknown;
        }

        if (atom.Exact is { } exact && most == least && Math.Pow(exact.Count, least) <= MostExactStrings)
        {
            return Literals.Of(Enumerable.Repeat(exact, least).Aggregate(new HashSet<string> { string.Empty }, Product));
        }

        // At least once: whatever one repetition must hold, the whole holds.
        return new Literals(null, atom.AllOf);
    }

    /// <summary>
    /// Items one after another: runs of items whose strings are known are multiplied out (a longer literal says more),
    /// and every run and every item's own sets hold for the whole.
    /// </summary>
    private static Literals Sequence(IReadOnlyList<Literals> items)
    {
        var sets = new List<HashSet<string>>();
        var run = new HashSet<string> { string.Empty };
        var whole = true;
        foreach (var item in items)
        {
            if (item.Exact is { } exact && run.Count * exact.Count <= MostExactStrings)
            {
                run = Product(run, exact);
                continue;
            }

            whole = false;
            AddUnlessEmpty(sets, run);
            if (item.Exact is { } next)
            {
                run = next; // starts the next run, which holds its set
                continue;
            }

            sets.AddRange(item.AllOf);
            run = [string.Empty];
        }

        if (whole)
        {
            return Literals.Of(run);
        }

        AddUnlessEmpty(sets, run);
        return new Literals(null, sets);
    }

    /// <summary>One of several: all their strings when known and few; else one set of each, joined; else nothing.</summary>
    private static Literals Alternation(IReadOnlyList<Literals> alternatives)
    {
        if (alternatives.All(alternative => alternative.Exact is not null))
        {
            var union = alternatives.SelectMany(alternative => alternative.Exact!).ToHashSet();
            if (union.Count <= MostExactStrings)
            {
                return Literals.Of(union);
            }
        }

        var joined = new HashSet<string>();
        foreach (var alternative in alternatives)
        {
            if (alternative.BestSet() is not { } best)
            {
                return Literals.Unknown;
            }

            joined.UnionWith(best);
        }

        return new Literals(null, [joined]);
    }

    private static HashSet<string> Product(HashSet<string> before, HashSet<string> after) =>
        [.. before.SelectMany(head => after.Select(tail => head + tail))];

    private static void AddUnlessEmpty(List<HashSet<string>> sets, HashSet<string> run)
    {
        if (!run.Contains(string.Empty))
        {
            sets.Add(run);
        }
    }
}
