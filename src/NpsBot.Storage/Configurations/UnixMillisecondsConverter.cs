using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NpsBot.Storage.Configurations;

/// <summary>
/// A UTC <see cref="DateTime"/> stored as milliseconds since the Unix epoch (issue 13, disk): 6 bytes in a SQLite record
/// instead of 27 for EF's ISO text, a bigint on PostgreSQL. Comparisons and ordering stay right (the mapping is
/// monotonic) and EF converts a compared parameter the same way. Sub-millisecond precision is dropped.
/// </summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTime, long>(at => ToMilliseconds(at), ms => FromMilliseconds(ms))
{
    public static long ToMilliseconds(DateTime at) =>
        new DateTimeOffset(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    public static DateTime FromMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime;
}
