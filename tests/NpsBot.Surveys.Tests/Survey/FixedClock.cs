namespace NpsBot.Surveys.Tests.Survey;

/// <summary>A clock the test moves by hand.</summary>
internal sealed class FixedClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
