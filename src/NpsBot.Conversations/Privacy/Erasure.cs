namespace NpsBot.Conversations.Privacy;

/// <summary>What one eraser did to one kind of row: how many, and whether they were deleted or anonymised.</summary>
/// <param name="What">The rows, e.g. "transcript lines".</param>
/// <param name="Rows">How many.</param>
/// <param name="How">"deleted" or "anonymised" (see <see cref="Deleted"/>, <see cref="Anonymised"/>).</param>
public sealed record Erasure(string What, int Rows, string How)
{
    public const string Deleted = "deleted";
    public const string Anonymised = "anonymised";
}
