namespace NpsBot.Testing.Ordering;

/// <summary>
/// A test class that takes far longer than most (real server processes, a browser, thousands of queries), with about
/// how many seconds it took on the 2-core CI machine. <see cref="LongestFirstCollectionOrderer"/> starts such classes
/// first, longest first, so that the short ones fill the other core around them instead of the run ending on one long
/// class alone.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LongRunningAttribute(int seconds) : Attribute
{
    public int Seconds { get; } = seconds;
}
