using System.Globalization;
using NpsBot.Recovery.Agents;

namespace NpsBot.Console.Inbox;

public enum SlaLevel { OnTrack, Soon, Overdue }

/// <summary>
/// The countdown a queue row shows: time left to the next deadline (first contact until someone answered, then
/// resolution) as text, with a level that turns amber within the last quarter hour and red once overdue. The text
/// always says it too ("12 min left", "overdue 5 min"), so colour is never the only signal.
/// </summary>
public sealed record SlaClock(string Text, SlaLevel Level, TimeSpan Left)
{
    public static readonly TimeSpan SoonWithin = TimeSpan.FromMinutes(15);

    public static DateTimeOffset NextDue(QueueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.FirstContactAt is null ? entry.FirstContactDue : entry.ResolutionDue;
    }

    public static SlaClock For(QueueEntry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var which = entry.FirstContactAt is null ? "first reply" : "resolution";
        var left = NextDue(entry) - now;
        if (left <= TimeSpan.Zero || entry.Overdue)
        {
            return new SlaClock($"{which} overdue {Duration(left.Duration())}", SlaLevel.Overdue, left);
        }

        return new SlaClock($"{which} in {Duration(left)}", left <= SoonWithin ? SlaLevel.Soon : SlaLevel.OnTrack, left);
    }

    /// <summary>"45 s", "12 min", "3 h 05 min", "2 d 4 h".</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)span.TotalSeconds)} s");
        }

        if (span < TimeSpan.FromHours(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalMinutes} min");
        }

        return span < TimeSpan.FromDays(1)
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h");
    }
}
