namespace NpsBot.Recovery.Handoff;

/// <summary>Reads a customer's earlier surveys and cases for the handoff package (the storage implements it).</summary>
public interface ICustomerRecords
{
    /// <summary>Their surveys and cases other than the one of <paramref name="responseKey"/>, newest first, at most <paramref name="limit"/> of each.</summary>
    Task<CustomerPast> EarlierAsync(string customerId, string responseKey, int limit, CancellationToken cancellationToken);
}
