using Microsoft.EntityFrameworkCore;

namespace NpsBot.Storage.Insights;

/// <summary>
/// SQLite functions EF Core does not translate on its own, mapped for LINQ queries (durations between two stored
/// times: medians, week buckets). Registered by <see cref="NpsBotDbContext"/>; calling them outside a query throws.
/// </summary>
public static class SqliteFunctions
{
    /// <summary>SQLite's julianday(time): days (with fraction) since noon, 24 November 4714 BC.</summary>
    public static double JulianDay(DateTime time) => throw new InvalidOperationException("Only for use in LINQ queries.");

    /// <summary>Maps the functions on the model.</summary>
    public static void Register(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDbFunction(typeof(SqliteFunctions).GetMethod(nameof(JulianDay))!).HasName("julianday").IsBuiltIn();
    }
}
