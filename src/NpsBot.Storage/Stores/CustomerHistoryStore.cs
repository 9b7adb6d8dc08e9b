using System.Data.Common;
using NpsBot.Recovery.Fatigue;

namespace NpsBot.Storage.Stores;

/// <summary>
/// A customer's history for survey fatigue: the opt-out of this channel identity, and (by customer id, on every channel)
/// the last survey started, whether a case is still open, and the last handoff. Read at the start of nearly every
/// conversation, so it is one hand-written statement (<see cref="TurnSql.CustomerHistory"/>) on the turn store's pooled
/// readers: four EF queries on a fresh context cost more than the index seeks themselves (issue 13).
/// </summary>
public sealed class CustomerHistoryStore(SqliteTurnStore turns) : ICustomerHistory
{
    public Task<CustomerHistory> ForAsync(string channelId, string customerId, CancellationToken cancellationToken) =>
        Task.FromResult(turns.ReadCustomerHistory(channelId, customerId, cancellationToken));

    internal static CustomerHistory Read(DbCommand command, string channelId, string customerId)
    {
        command.Parameters[0].Value = channelId;
        command.Parameters[1].Value = customerId;
        using var row = command.ExecuteReader();
        row.Read();
        return new CustomerHistory(
            OptedOut: Convert.ToBoolean(row.GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            LastSurveyedAt: Utc(row, 1),
            HasOpenCase: Convert.ToBoolean(row.GetValue(2), System.Globalization.CultureInfo.InvariantCulture),
            LastHandoffAt: Utc(row, 3));
    }

    private static DateTimeOffset? Utc(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : StoredTimes.Read(row, ordinal);
}
