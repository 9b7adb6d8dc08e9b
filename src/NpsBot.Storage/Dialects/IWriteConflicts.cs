namespace NpsBot.Storage.Dialects;

/// <summary>
/// For stores outside this project that write through EF Core and may race another instance (the Direct Line activity
/// log): whether a failed write lost such a race, so running it again would succeed. Asks the configured provider's
/// <see cref="SqlDialect"/>; the callers never ask which provider they run on.
/// </summary>
public interface IWriteConflicts
{
    /// <summary>
    /// True when <paramref name="failure"/> (an EF Core <c>DbUpdateException</c> or the provider's own exception) means
    /// another transaction took the same unique key first or the two deadlocked (<see cref="SqlDialect.IsRetryableConflict"/>,
    /// <see cref="SqlDialect.IsUniqueKeyRace"/>). Any other failure, a constraint the write itself broke included on
    /// SQLite, is not retried.
    /// </summary>
    bool IsLostRace(Exception failure);
}

/// <summary>The configured provider's answer (<see cref="IWriteConflicts"/>).</summary>
internal sealed class DialectWriteConflicts(StorageOptions options) : IWriteConflicts
{
    private readonly SqlDialect _dialect = SqlDialect.For(options);

    public bool IsLostRace(Exception failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        for (Exception? cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (_dialect.IsRetryableConflict(cause) || _dialect.IsUniqueKeyRace(cause))
            {
                return true;
            }
        }

        return false;
    }
}
