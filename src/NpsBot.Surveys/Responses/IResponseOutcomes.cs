namespace NpsBot.Surveys.Responses;

/// <summary>Changes the outcome of a stored response outside a turn (the storage implements it).</summary>
public interface IResponseOutcomes
{
    /// <summary>
    /// Marks the response abandoned at <paramref name="at"/> if it is still in progress and had no answer for
    /// <paramref name="idleFor"/>; if it is in progress and was answered since, queues its next check (in the same
    /// transaction) for <paramref name="idleFor"/> after that answer. Returns whether it marked it.
    /// </summary>
    Task<bool> MarkAbandonedAsync(string responseKey, TimeSpan idleFor, DateTimeOffset at, CancellationToken cancellationToken);
}
