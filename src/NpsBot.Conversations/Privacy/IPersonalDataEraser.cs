namespace NpsBot.Conversations.Privacy;

/// <summary>
/// Forgets one customer in one store ("forget this customer", issue 7). Every store that keeps rows about customers
/// (the database, the Direct Line log, the work queue) registers one; the host's forget service runs them all.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>Deletes or anonymises every row of <paramref name="customer"/>; running it twice is harmless.</summary>
    Task<ErasureReport> EraseAsync(CustomerIdentity customer, CancellationToken cancellationToken);
}
