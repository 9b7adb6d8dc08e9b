namespace NpsBot.Surveys.Responses;

/// <summary>Changes the outcome of a stored response outside a turn (the storage implements it).</summary>
public interface IResponseOutcomes
{
    /// <summary>
    /// Marks the response abandoned at <paramref name="at"/> if it is still in progress and was not updated after
    /// <paramref name="lastAnswerAt"/>; returns whether it did.
    /// </summary>
    Task<bool> MarkAbandonedAsync(string responseKey, DateTimeOffset lastAnswerAt, DateTimeOffset at, CancellationToken cancellationToken);
}
