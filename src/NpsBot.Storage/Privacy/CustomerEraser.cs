using NpsBot.Storage.Dialects;
using NpsBot.Conversations.Privacy;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// Forgets a customer in the database, in one transaction: their customer row, conversations (state), transcript
/// lines, replay cache, Direct Line log and recovery cases (with their events) are deleted; their survey responses are anonymised (score, category, theme, sentiment,
/// locale, outcome and the day are kept for the NPS figures, nothing that leads back to the person). The caller runs
/// <see cref="FreedSpaceScrubber"/> once every eraser has deleted, so no freed page still holds their bytes.
/// </summary>
public sealed class CustomerEraser(StorageOptions options) : IPersonalDataEraser
{
    public async Task<ErasureReport> EraseAsync(CustomerIdentity customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        (string, object)[] who = [("$channel", customer.ChannelId), ("$user", customer.UserId)];
        List<Erasure> erased;
        var dialect = SqlDialect.For(options);
        await using (var connection = await SqliteCommands.OpenAsync(options, cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await SqliteCommands.ExecuteAsync(connection, dialect.CollectForgottenKeys, cancellationToken, who);
            await SqliteCommands.ExecuteAsync(connection, dialect.CollectForgottenCases, cancellationToken, who);
            erased =
            [
                new("customers", await SqliteCommands.ExecuteAsync(connection, ForgetSql.DeleteCustomer, cancellationToken, who), Erasure.Deleted),
                new("replay cache entries", await SqliteCommands.ExecuteAsync(connection, ForgetSql.DeleteReplayCache, cancellationToken), Erasure.Deleted),
                new("transcript lines", await SqliteCommands.ExecuteAsync(connection, ForgetSql.DeleteTranscript, cancellationToken, who), Erasure.Deleted),
                new("conversations (with their state)", await SqliteCommands.ExecuteAsync(connection, ForgetSql.DeleteConversations, cancellationToken), Erasure.Deleted),
                new("Direct Line log activities", await SqliteCommands.ExecuteAsync(connection, ForgetSql.DeleteDirectLineActivities, cancellationToken, who), Erasure.Deleted),
                new("Direct Line log conversations", await SqliteCommands.ExecuteAsync(connection, ForgetSql.DeleteDirectLineConversations, cancellationToken, who), Erasure.Deleted),
                new("case events", await SqliteCommands.ExecuteAsync(connection, ForgetSql.DeleteCaseEvents, cancellationToken), Erasure.Deleted),
                new("recovery cases", await SqliteCommands.ExecuteAsync(connection, ForgetSql.DeleteCases, cancellationToken), Erasure.Deleted),
                new("theme label evidence", await SqliteCommands.ExecuteAsync(connection, ForgetSql.ClearThemeEvidence, cancellationToken, who), Erasure.Anonymised),
                new("survey responses", await SqliteCommands.ExecuteAsync(connection, dialect.AnonymiseResponses, cancellationToken, who), Erasure.Anonymised),
            ];
            await transaction.CommitAsync(cancellationToken);
        }

        return new ErasureReport(erased, await RemainingAsync(cancellationToken), await CountRowsNamingAsync(customer, cancellationToken));
    }

    /// <summary>Rows in any table that still carry the customer's id (0 after <see cref="EraseAsync"/>).</summary>
    public async Task<int> CountRowsNamingAsync(CustomerIdentity customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        await using var connection = await SqliteCommands.OpenAsync(options, cancellationToken);
        return (int)await SqliteCommands.CountAsync(
            connection, ForgetSql.CountRowsNaming, cancellationToken, ("$channel", customer.ChannelId), ("$user", customer.UserId));
    }

    private async Task<IReadOnlyList<string>> RemainingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await SqliteCommands.OpenAsync(options, cancellationToken);
        var anonymised = await SqliteCommands.CountAsync(connection, ForgetSql.CountAnonymisedResponses, cancellationToken);
        return
        [
            $"{anonymised} anonymised survey responses in the database (of every forgotten customer so far): score, category, " +
            "theme, sentiment, locale, channel, outcome and the day, for the NPS figures; no id, name, conversation or free text.",
        ];
    }
}
