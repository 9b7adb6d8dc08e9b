using System.Data.Common;
using NpsBot.Recovery.Handoff;

namespace NpsBot.Storage.Stores;

/// <summary>
/// A customer's earlier surveys and cases (by customer id, every channel), newest first, for the handoff package. Read
/// in the turn that opens a case, so it is two hand-written statements (<see cref="TurnSql.EarlierSurveys"/>,
/// <see cref="TurnSql.EarlierCases"/>) on the turn store's pooled readers rather than two EF queries on a fresh context
/// (issue 13: they were 9 % of the server's CPU under load).
/// </summary>
public sealed class CustomerRecordsStore(SqliteTurnStore turns) : ICustomerRecords
{
    public Task<CustomerPast> EarlierAsync(string customerId, string responseKey, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(turns.ReadEarlierRecords(customerId, responseKey, limit, cancellationToken));

    internal static CustomerPast Read(TurnReader reader, string customerId, string responseKey, int limit)
    {
        var surveys = new List<EarlierSurvey>();
        using (var row = Execute(reader.EarlierSurveys(limit), customerId, responseKey))
        {
            while (row.Read())
            {
                surveys.Add(new EarlierSurvey(StoredTimes.Read(row, 0), NullableInt(row, 1), NullableString(row, 2), row.GetString(3)));
            }
        }

        var cases = new List<EarlierCase>();
        using (var row = Execute(reader.EarlierCases(limit), customerId, responseKey))
        {
            while (row.Read())
            {
                cases.Add(new EarlierCase(
                    row.GetString(0), StoredTimes.Read(row, 1), NullableInt(row, 2), NullableString(row, 3), row.GetString(4),
                    row.IsDBNull(5) ? null : StoredTimes.Read(row, 5)));
            }
        }

        return new CustomerPast(surveys, cases);
    }

    private static DbDataReader Execute(DbCommand command, string customerId, string responseKey)
    {
        command.Parameters[0].Value = customerId;
        command.Parameters[1].Value = responseKey;
        return command.ExecuteReader();
    }

    private static int? NullableInt(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt32(ordinal);

    private static string? NullableString(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
