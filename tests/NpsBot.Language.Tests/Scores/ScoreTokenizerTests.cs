using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>
/// perf15: the tokenizer tells a token's kind from its first character and folds only words that are not plain lower-case
/// ASCII; the kinds, values, positions and folded forms are the ones the regular expression's groups gave.
/// </summary>
public sealed class ScoreTokenizerTests
{
    [Fact]
    public void Every_kind_is_told_with_its_value_position_and_folded_form()
    {
        var tokens = ScoreTokenizer.Tokenize("Très BIEN: 8,5 / 1️⃣0️⃣ 🔟 don't 😀 l’été");
        Assert.Equal(
            [
                (ScoreTokenKind.Word, "Très", "tres", 0, (double?)null),
                (ScoreTokenKind.Word, "BIEN", "bien", 5, null),
                (ScoreTokenKind.Symbol, ":", ":", 9, null),
                (ScoreTokenKind.Number, "8,5", "8,5", 11, 8.5),
                (ScoreTokenKind.Symbol, "/", "/", 15, null),
                (ScoreTokenKind.Keycap, "1️⃣", "1️⃣", 17, 1),
                (ScoreTokenKind.Keycap, "0️⃣", "0️⃣", 20, 0),
                (ScoreTokenKind.Keycap, "🔟", "🔟", 24, 10),
                (ScoreTokenKind.Word, "don't", "don't", 27, null),
                (ScoreTokenKind.Symbol, "😀", "😀", 33, null),
                (ScoreTokenKind.Word, "l’été", "l'ete", 36, null),
            ],
            tokens.Select(t => (t.Kind, t.Text, t.Folded, t.Start, t.Value)));
    }

    [Fact]
    public void A_token_right_after_another_is_glued_to_it()
    {
        var tokens = ScoreTokenizer.Tokenize("gr8 9/10");
        Assert.Equal([false, true, false, true, true], tokens.Select(t => t.GluedToPrevious));
    }
}
