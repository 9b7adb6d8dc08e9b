using System.Data.Common;
using NpsBot.Storage.Configurations;

namespace NpsBot.Storage.Stores;

/// <summary>
/// Reads a time from hand-written SQL as either provider stores it: SQLite's Unix milliseconds for the tables of
/// <see cref="IntegerTimes"/>, a <see cref="DateTime"/> otherwise (PostgreSQL's <c>timestamptz</c>, SQLite's text).
/// </summary>
internal static class StoredTimes
{
    /// <summary>The UTC time in the column (not null).</summary>
    public static DateTimeOffset Read(DbDataReader row, int ordinal) =>
        row.GetFieldType(ordinal) == typeof(long)
            ? DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(ordinal))
            : SurveyResponseRows.Utc(row.GetDateTime(ordinal));
}
