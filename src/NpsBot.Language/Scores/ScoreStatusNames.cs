using NpsBot.Conversations.Language;

namespace NpsBot.Language.Scores;

/// <summary>The wire names of <see cref="ScoreStatus"/>: ok, none, ambiguous, out_of_range (the CLI output and evaluation files).</summary>
public static class ScoreStatusNames
{
    public static string ToName(ScoreStatus status) => status switch
    {
        ScoreStatus.Ok => "ok",
        ScoreStatus.None => "none",
        ScoreStatus.Ambiguous => "ambiguous",
        ScoreStatus.OutOfRange => "out_of_range",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ScoreStatus Parse(string name) => name switch
    {
        "ok" => ScoreStatus.Ok,
        "none" => ScoreStatus.None,
        "ambiguous" => ScoreStatus.Ambiguous,
        "out_of_range" => ScoreStatus.OutOfRange,
        _ => throw new FormatException($"Unknown score status '{name}'."),
    };
}
