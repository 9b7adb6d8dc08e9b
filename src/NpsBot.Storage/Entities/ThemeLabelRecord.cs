namespace NpsBot.Storage.Entities;

/// <summary>
/// One theme label a response got (issue 10, theme governance): the classifier's guess, the customer's confirmation or
/// change, or a manager's correction. <see cref="Source"/> is one of <c>ThemeSources</c>; <see cref="Evidence"/> holds
/// redacted words of the complaint only.
/// </summary>
public sealed class ThemeLabelRecord
{
    public long Id { get; set; }
    public long ResponseId { get; set; }
    public required string Theme { get; set; }
    public required string Source { get; set; }

    /// <summary>The offline model's version or the prompt's version; null for a person's label.</summary>
    public string? ModelVersion { get; set; }
    public string? Evidence { get; set; }
    public double? Confidence { get; set; }
    public DateTime At { get; set; }

    /// <summary>Who labelled: the manager's name for a correction; null for the model and the customer.</summary>
    public string? By { get; set; }
    public string? Reason { get; set; }
}
