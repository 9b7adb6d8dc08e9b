namespace NpsBot.Storage.Insights;

/// <summary>
/// How SQLite's hand-written SQL reads a stored time: as EF's ISO text (every table until the migration
/// <c>IntegerTimes</c>, so the migrations before it create their triggers with <see cref="Text"/>) or as Unix
/// milliseconds (<see cref="Configurations.IntegerTimes"/>, what the triggers read since). PostgreSQL's SQL is apart.
/// </summary>
public sealed class SqliteTimes
{
    private readonly bool _milliseconds;

    private SqliteTimes(bool milliseconds) => _milliseconds = milliseconds;

    /// <summary>Times stored as EF's ISO text (<c>2026-12-05 17:12:15.1234567</c>).</summary>
    public static SqliteTimes Text { get; } = new(milliseconds: false);

    /// <summary>Times stored as milliseconds since the Unix epoch.</summary>
    public static SqliteTimes UnixMilliseconds { get; } = new(milliseconds: true);

    /// <summary>SQLite's <c>date(time, modifiers...)</c> of a stored time: its UTC day, moved by the modifiers.</summary>
    public string Date(string time, params string[] modifiers)
    {
        var arguments = _milliseconds ? [$"{time} / 1000", "'unixepoch'", .. modifiers] : new[] { time }.Concat(modifiers);
        return $"date({string.Join(", ", arguments)})";
    }

    /// <summary>The seconds from one stored time to another (null when either is).</summary>
    public string SecondsBetween(string from, string to) =>
        _milliseconds ? $"({to} - {from}) / 1000.0" : $"(julianday({to}) - julianday({from})) * 86400.0";

    /// <summary>A time stored as EF's ISO text, as Unix milliseconds (what the migration to integers writes).</summary>
    public static string MillisecondsOfText(string time) =>
        $"CAST(strftime('%s', {time}) AS INTEGER) * 1000 + CAST(substr(strftime('%f', {time}), 4) AS INTEGER)";

    /// <summary>Unix milliseconds as EF's ISO text (the migration's way back), to the millisecond.</summary>
    public static string TextOfMilliseconds(string time) => $"strftime('%Y-%m-%d %H:%M:%f', {time} / 1000.0, 'unixepoch')";
}
