using NpsBot.Conversations.Privacy;

namespace NpsBot.Server.Privacy;

/// <summary>
/// "Forget this customer": runs every registered <see cref="IPersonalDataEraser"/> (the database today; the Direct Line
/// log and the work queue register theirs) and combines their reports. The CLI verb calls it; the REST API will.
/// </summary>
public sealed class ForgetCustomerService(IEnumerable<IPersonalDataEraser> erasers)
{
    public async Task<ErasureReport> ForgetAsync(CustomerIdentity customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var erased = new List<Erasure>();
        var remaining = new List<string>();
        var stillNaming = 0;
        foreach (var eraser in erasers)
        {
            var report = await eraser.EraseAsync(customer, cancellationToken);
            erased.AddRange(report.Erased);
            remaining.AddRange(report.Remaining);
            stillNaming += report.RowsStillNamingCustomer;
        }

        return new ErasureReport(erased, remaining, stillNaming);
    }
}
