using System.Globalization;
using System.Text;

namespace NpsBot.Recovery.Agents;

/// <summary>
/// The offline summary of a case: the facts the survey recorded (score, theme, escalation, remedy, handoff reason) and
/// the customer's own redacted lines, longest first, cut to a few. Extractive: nothing is made up.
/// </summary>
public static class ExtractiveSummary
{
    private const int MaxLines = 3;
    private const int MaxLineLength = 200;

    public static string Of(QueueEntry header, string? handoffReason, string? remedy, IEnumerable<TranscriptLine> redactedLines)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(redactedLines);
        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"Score {header.Score?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
        summary.Append(CultureInfo.InvariantCulture, $", theme {header.Theme ?? "unknown"}");
        if (header.EscalationReasons.Count > 0)
        {
            summary.Append(CultureInfo.InvariantCulture, $", escalation: {string.Join(", ", header.EscalationReasons)}");
        }

        if (handoffReason is not null)
        {
            summary.Append(CultureInfo.InvariantCulture, $", handed off ({handoffReason})");
        }

        if (remedy is not null)
        {
            summary.Append(CultureInfo.InvariantCulture, $", remedy: {remedy}");
        }

        summary.Append('.');
        var said = redactedLines
            .Where(line => line.Role == TranscriptRoles.Customer && line.Text.Length > 3)
            .OrderByDescending(line => line.Text.Length)
            .Take(MaxLines)
            .OrderBy(line => line.At)
            .Select(line => line.Text.Length > MaxLineLength ? line.Text[..MaxLineLength] + "..." : line.Text)
            .ToList();
        if (said.Count > 0)
        {
            summary.Append(" The customer said: ").Append(string.Join(" / ", said.Select(text => $"\"{text}\"")));
        }

        return summary.ToString();
    }
}
