using System.Globalization;
using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Scores;

/// <summary>
/// The recognizer's shortcut for a reply that is only a score "0" to "10" (perf17) gives the rules' own answer: every bare
/// score, with the spaces and line breaks the shortcut accepts around it, in every locale the rules read (the six
/// languages' tables, region tags, an unknown language, none).
/// </summary>
public sealed class ScoreBareReplyTests
{
    private static readonly string?[] Locales = [null, "", "e", "en", "EN-us", "fr", "fr-CA", "de", "de-AT", "es", "es-MX", "pt", "pt-BR", "nl", "nl-BE", "it", "zz"];

    private static readonly string[] Around = ["", " ", "  ", "\t", "\n", "\r\n", " \t "];

    private readonly ScoreRecognizer _recognizer = new();

    public static TheoryData<int> Scores => [.. Enumerable.Range(0, 11)];

    [Theory]
    [MemberData(nameof(Scores))]
    public void A_bare_score_is_what_the_rules_read_in_every_locale(int score)
    {
        var digits = score.ToString(CultureInfo.InvariantCulture);
        foreach (var locale in Locales)
        {
            foreach (var before in Around)
            {
                foreach (var after in Around)
                {
                    var reply = before + digits + after;
                    var shortcut = _recognizer.Recognize(reply, locale);
                    Assert.Equal(ScoreRecognizer.RecognizeByTheRules(reply, locale), shortcut);
                    Assert.Equal(ScoreRecognition.Of(score, before.Length, digits.Length), shortcut);
                }
            }
        }
    }

    [Theory]
    [InlineData("08", "en")]
    [InlineData("11", "en")]
    [InlineData("8.", "en")]
    [InlineData("8!", "fr")]
    [InlineData("-8", "de")]
    [InlineData("8\u00A0", "es")]
    [InlineData("1 0", "pt")]
    [InlineData("٨", "nl")]
    [InlineData("", "en")]
    [InlineData("   ", "en")]
    public void A_reply_beside_the_shortcut_goes_to_the_rules(string reply, string locale) =>
        Assert.Equal(ScoreRecognizer.RecognizeByTheRules(reply, locale), _recognizer.Recognize(reply, locale));
}
