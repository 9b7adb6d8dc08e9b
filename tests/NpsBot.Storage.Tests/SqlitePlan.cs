using System.Data.Common;

namespace NpsBot.Storage.Tests;

/// <summary>SQLite's plan for a query (<c>EXPLAIN QUERY PLAN</c>): one line per step, as in "SEARCH c USING INDEX …".</summary>
public static class SqlitePlan
{
    public static async Task<List<string>> OfAsync(
        DbConnection connection, string query, IEnumerable<(string Name, object? Value)>? parameters = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + query;
        foreach (var (name, value) in parameters ?? [])
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }
}
