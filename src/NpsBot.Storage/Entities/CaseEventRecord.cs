namespace NpsBot.Storage.Entities;

/// <summary>A stored case event: who changed what on a case, and when.</summary>
public sealed class CaseEventRecord
{
    public long Id { get; set; }
    /// <summary>The case's <c>id</c> (its key once per case, not once per event: issue 13, disk).</summary>
    public long CaseId { get; set; }
    public required string Kind { get; set; }
    public required string Actor { get; set; }
    public DateTime At { get; set; }
    public string? Detail { get; set; }
}
