namespace NpsBot.Storage.Work;

/// <summary>
/// The jobs a change made outside a turn commits with it, in its own transaction, the way a bot wrapper schedules a
/// turn's jobs from the turn's records: an agent resolving a case at the desk, a survey the "response.abandon" job
/// closes. The records are the domain objects the change wrote (<c>SupportCase</c>, <c>CaseEvent</c>,
/// <c>SurveyResponse</c>); an implementation adds its jobs to the given context (<see cref="WorkQueueEntries.Add"/>)
/// and the store saves them with the change, or not at all. The server's webhooks implement it.
/// </summary>
public interface IOutsideTurnWork
{
    Task AddAsync(NpsBotDbContext context, IReadOnlyList<object> records, DateTimeOffset now, CancellationToken cancellationToken);
}
