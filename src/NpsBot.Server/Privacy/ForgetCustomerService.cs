using NpsBot.Conversations.Privacy;
using NpsBot.Storage.Privacy;

namespace NpsBot.Server.Privacy;

/// <summary>
/// "Forget this customer": runs every registered <see cref="IPersonalDataEraser"/> (the database today; the Direct Line
/// log and the work queue register theirs) and combines their reports. Then <see cref="FreedSpaceScrubber"/> rewrites
/// the database's files once, after the last eraser: a row another eraser deleted after the scrub would otherwise stay
/// readable in PostgreSQL's files as a dead row version. The CLI verb calls it; the REST API will.
/// </summary>
public sealed class ForgetCustomerService(IEnumerable<IPersonalDataEraser> erasers, FreedSpaceScrubber scrubber)
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

        remaining.AddRange(await scrubber.ScrubAsync(cancellationToken));
        return new ErasureReport(erased, remaining, stillNaming);
    }
}
