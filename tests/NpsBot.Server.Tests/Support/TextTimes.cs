using Microsoft.EntityFrameworkCore;
using NpsBot.Storage;
using NpsBot.Storage.Configurations;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// On SQLite, the times of <see cref="IntegerTimes"/>' tables that are not Unix milliseconds: a writer that bound a
/// <see cref="DateTime"/> where the column wants an integer (SQLite would keep the text, and every comparison with it
/// would be wrong). Empty on PostgreSQL, whose columns are typed.
/// </summary>
public static class TextTimes
{
    /// <summary>"table.column: value" for every such time.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(NpsBotDbContext context, CancellationToken cancellationToken)
    {
        if (!context.Database.IsSqlite())
        {
            return [];
        }

        var found = new List<string>();
        foreach (var type in IntegerTimes.Entities.Select(entity => context.Model.FindEntityType(entity)!))
        {
            var table = type.GetTableName();
            foreach (var property in type.GetProperties().Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)))
            {
                var column = property.GetColumnName();
#pragma warning disable EF1002 // Names come from the model.
                var values = await context.Database
                    .SqlQueryRaw<string>($"SELECT '{table}.{column}: ' || \"{column}\" AS \"Value\" FROM \"{table}\" WHERE typeof(\"{column}\") NOT IN ('integer', 'null')")
                    .ToListAsync(cancellationToken);
#pragma warning restore EF1002
                found.AddRange(values);
            }
        }

        return found;
    }
}
