using NpsBot.Testing.Ordering;

// The classes marked [LongRunning] start first, longest first (LongestFirstCollectionOrderer says why).
[assembly: TestCollectionOrderer(typeof(LongestFirstCollectionOrderer))]
