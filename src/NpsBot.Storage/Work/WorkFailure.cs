namespace NpsBot.Storage.Work;

/// <summary>What became of a failed run: retried at <see cref="RetryAt"/>, or a dead letter (RetryAt null) for <see cref="Reason"/>.</summary>
public sealed record WorkFailure(DateTimeOffset? RetryAt, string Reason)
{
    public bool IsDead => RetryAt is null;
}
