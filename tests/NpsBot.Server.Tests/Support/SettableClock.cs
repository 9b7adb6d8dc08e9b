namespace NpsBot.Server.Tests.Support;

/// <summary>A server clock that stands still until a test moves it (business hours, SLA deadlines).</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
