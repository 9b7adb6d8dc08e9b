namespace NpsBot.Recovery.Fatigue;

/// <summary>Reads a customer's opt-out, last survey, open cases and last handoff (the storage implements it).</summary>
public interface ICustomerHistory
{
    Task<CustomerHistory> ForAsync(string channelId, string customerId, CancellationToken cancellationToken);
}
