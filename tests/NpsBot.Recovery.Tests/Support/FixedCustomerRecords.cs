using NpsBot.Recovery.Handoff;

namespace NpsBot.Recovery.Tests.Support;

/// <summary>A customer's earlier surveys and cases, fixed, recording who was asked for.</summary>
internal sealed class FixedCustomerRecords(CustomerPast past) : ICustomerRecords
{
    public List<(string CustomerId, string ResponseKey)> Asked { get; } = [];

    public Task<CustomerPast> EarlierAsync(string customerId, string responseKey, int limit, CancellationToken cancellationToken)
    {
        Asked.Add((customerId, responseKey));
        return Task.FromResult(past);
    }
}
