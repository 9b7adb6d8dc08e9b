using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace NpsBot.Testing.Ordering;

/// <summary>
/// Orders a test assembly's collections (one per class unless a class names its collection) so that the classes marked
/// <see cref="LongRunningAttribute"/> start first, longest first (longest-processing-time-first scheduling); the rest
/// keep xUnit's own order. Used by each test project that has such classes:
/// <c>[assembly: TestCollectionOrderer(typeof(LongestFirstCollectionOrderer))]</c>.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    private const string PerClassPrefix = "Test collection for ";

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection =>
        DefaultTestCollectionOrderer.Instance.OrderTestCollections(testCollections)
            .OrderByDescending(collection => ExpectedSeconds(collection))
            .ToList();

    private static int ExpectedSeconds(ITestCollection collection) =>
        ClassOf(collection)?.GetCustomAttribute<LongRunningAttribute>()?.Seconds ?? 0;

    /// <summary>The class of a per-class collection, named in its display name ("Test collection for N.C (id: …)").</summary>
    private static Type? ClassOf(ITestCollection collection)
    {
        if (collection is IXunitTestCollection { CollectionDefinition: { } definition })
        {
            return definition;
        }

        var name = collection.TestCollectionDisplayName;
        if (collection.TestAssembly is not IXunitTestAssembly assembly || !name.StartsWith(PerClassPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var className = name[PerClassPrefix.Length..];
        var end = className.IndexOf(" (", StringComparison.Ordinal);
        return assembly.Assembly.GetType(end < 0 ? className : className[..end]);
    }
}
