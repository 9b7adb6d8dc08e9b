using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace NpsBot.Storage.Insights;

/// <summary>
/// SQLite functions EF Core does not translate on its own, mapped for LINQ queries (durations between two stored
/// times: medians, week buckets; the UTC day of a time). Registered by <see cref="NpsBotDbContext"/>; calling them outside a query throws.
/// On PostgreSQL the same methods translate to PostgreSQL's own SQL (see <see cref="Register"/>).
/// </summary>
public static class SqliteFunctions
{
    /// <summary>julianday('1970-01-01 00:00:00'): the Unix epoch as a Julian day.</summary>
    private const double UnixEpochJulianDay = 2440587.5;

    /// <summary>SQLite's julianday(time): days (with fraction) since noon, 24 November 4714 BC.</summary>
    public static double JulianDay(DateTime time) => throw new InvalidOperationException("Only for use in LINQ queries.");

    /// <summary>The UTC day of a stored time: SQLite's date(time).</summary>
    public static DateOnly UtcDate(DateTime time) => throw new InvalidOperationException("Only for use in LINQ queries.");

    /// <summary>Maps the functions on the model of the given provider (EF's provider name).</summary>
    public static void Register(ModelBuilder modelBuilder, string? providerName)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var julianDay = modelBuilder.HasDbFunction(typeof(SqliteFunctions).GetMethod(nameof(JulianDay))!);
        var utcDate = modelBuilder.HasDbFunction(typeof(SqliteFunctions).GetMethod(nameof(UtcDate))!);
        if (providerName != "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            RegisterOnUnixMilliseconds(julianDay, utcDate);
            return;
        }

        // PostgreSQL: date(timezone('UTC', time)), the day in UTC whatever the session's time zone (a plain cast of a
        // timestamptz to date takes the session's).
        var text = new StringTypeMapping("text", System.Data.DbType.String);
        utcDate.HasTranslation(arguments => new SqlFunctionExpression(
            "date",
            [new SqlFunctionExpression(
                "timezone",
                [new SqlConstantExpression("UTC", text), arguments[0]],
                nullable: true,
                argumentsPropagateNullability: [false, true],
                typeof(DateTime),
                new DateTimeTypeMapping("timestamp without time zone"))],
            nullable: true,
            argumentsPropagateNullability: [true],
            typeof(DateOnly),
            new DateOnlyTypeMapping("date")));

        // PostgreSQL: date_part('epoch', time) / 86400 + 2440587.5, the same number.
        var number = new DoubleTypeMapping("double precision");
        julianDay.HasTranslation(arguments => new SqlBinaryExpression(
            ExpressionType.Add,
            new SqlBinaryExpression(
                ExpressionType.Divide,
                new SqlFunctionExpression(
                    "date_part",
                    [new SqlConstantExpression("epoch", new StringTypeMapping("text", System.Data.DbType.String)), arguments[0]],
                    nullable: true,
                    argumentsPropagateNullability: [false, true],
                    typeof(double),
                    number),
                new SqlConstantExpression(86400.0, number),
                typeof(double),
                number),
            new SqlConstantExpression(UnixEpochJulianDay, number),
            typeof(double),
            number));
    }

    // SQLite: the times these functions are used on are Unix milliseconds (Configurations.IntegerTimes):
    // time / 86400000.0 + 2440587.5 is the Julian day, date(time / 1000, 'unixepoch') the UTC day.
    private static void RegisterOnUnixMilliseconds(DbFunctionBuilder julianDay, DbFunctionBuilder utcDate)
    {
        var real = new DoubleTypeMapping("REAL");
        julianDay.HasTranslation(arguments => new SqlBinaryExpression(
            ExpressionType.Add,
            new SqlBinaryExpression(ExpressionType.Divide, arguments[0], new SqlConstantExpression(86400000.0, real), typeof(double), real),
            new SqlConstantExpression(UnixEpochJulianDay, real),
            typeof(double),
            real));

        var text = new StringTypeMapping("TEXT", System.Data.DbType.String);
        var integer = new LongTypeMapping("INTEGER");
        utcDate.HasTranslation(arguments => new SqlFunctionExpression(
            "date",
            [new SqlBinaryExpression(ExpressionType.Divide, arguments[0], new SqlConstantExpression(1000L, integer), typeof(long), integer),
             new SqlConstantExpression("unixepoch", text)],
            nullable: true,
            argumentsPropagateNullability: [true, false],
            typeof(DateOnly),
            new DateOnlyTypeMapping("TEXT")));
    }
}
