namespace NpsBot.Language.Evaluation;

/// <summary>
/// A list of texts the live conversation sends the analyzer where no escalation is called for, one per line (lines
/// starting with <c>#</c> and blank lines skipped): what the escalation model must not escalate beside the batches.
/// </summary>
public static class ConversationTexts
{
    public static IReadOnlyList<string> Read(string path) =>
        [.. File.ReadLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))];
}
