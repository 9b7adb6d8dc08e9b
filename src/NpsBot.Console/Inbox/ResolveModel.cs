using System.ComponentModel.DataAnnotations;
using NpsBot.Recovery.Agents;

namespace NpsBot.Console.Inbox;

/// <summary>The resolve form: outcome, root cause (a configured one or free text), action taken and an optional remedy.</summary>
public sealed class ResolveModel
{
    public const string OtherRootCause = "__other";
    public const string Resolved = "resolved";
    public const string ClosedUnresolved = "closed_unresolved";

    [Required(ErrorMessage = "Choose an outcome.")]
    public string? Outcome { get; set; }

    [Required(ErrorMessage = "Choose a root cause.")]
    public string? RootCause { get; set; }

    [MaxLength(200)]
    public string? OtherRootCauseText { get; set; }

    [Required(ErrorMessage = "Say what was done.")]
    [MaxLength(2000)]
    public string? ActionTaken { get; set; }

    public string? Remedy { get; set; }

    /// <summary>What is missing, in the order of the form; empty when it can be sent.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Outcome is not (Resolved or ClosedUnresolved))
        {
            problems.Add("Choose an outcome.");
        }

        if (string.IsNullOrWhiteSpace(RootCause) || (RootCause == OtherRootCause && string.IsNullOrWhiteSpace(OtherRootCauseText)))
        {
            problems.Add(RootCause == OtherRootCause ? "Describe the root cause." : "Choose a root cause.");
        }

        if (string.IsNullOrWhiteSpace(ActionTaken))
        {
            problems.Add("Say what was done.");
        }

        return problems;
    }

    public Resolution ToResolution() => new(
        Outcome!,
        (RootCause == OtherRootCause ? OtherRootCauseText! : RootCause!).Trim(),
        ActionTaken!.Trim(),
        string.IsNullOrWhiteSpace(Remedy) ? null : Remedy);
}
