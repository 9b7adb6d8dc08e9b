using System.Collections.Frozen;

namespace NpsBot.Language.Scores;

/// <summary>
/// A score on a condition not met yet, whoever must meet it: "ich geb 10 wenn ich mein Geld zurückkrieg", "dou 10 se
/// devolverem meu dinheiro", "I'd give 10 if I got my money back" (the company's side, "10 if you fix the app", is in
/// <see cref="ScoreDiscourseWords.ConditionPairs"/>). "8 if I'm honest" and "0 if I could" are no condition on the score.
/// </summary>
public static class ScoreConditions
{
    private const int Reach = 3;

    private static readonly FrozenSet<string> IfWords = Set("if wenn falls sofern si se als once sobald provided");

    /// <summary>Words in the condition that make it a way of speaking ("if I'm honest", "si je pouvais", "wenn ich ehrlich bin").</summary>
    private static readonly FrozenSet<string> NotACondition = Set(
        "honest honestly truthful could can possible ehrlich konnte konnt kann moglich sincero sincera sinceramente podia pudiera puedo posible pudiese "
        + "honnete franchement pouvais pouvait peux possible sincere sinceramente pudesse puder posso possivel eerlijk kon kan mogelijk "
        + "so senor claro senhor");

    /// <summary>The number is followed, in the same clause, by an if-word and a condition.</summary>
    public static bool IsOnACondition(IReadOnlyList<ScoreToken> tokens, int last)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = last + 1; i < tokens.Count && i <= last + Reach; i++)
        {
            if (tokens[i].Kind != ScoreTokenKind.Word)
            {
                return false;
            }

            if (!IfWords.Contains(tokens[i].Folded) || i + 1 >= tokens.Count || tokens[i + 1].Kind != ScoreTokenKind.Word)
            {
                continue;
            }

            for (var j = i + 1; j < tokens.Count && j <= i + 4 && tokens[j].Kind == ScoreTokenKind.Word; j++)
            {
                if (NotACondition.Contains(tokens[j].Folded))
                {
                    return false;
                }
            }

            return true;
        }

        return false;
    }

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
