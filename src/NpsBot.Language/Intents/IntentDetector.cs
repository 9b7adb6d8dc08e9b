using NpsBot.Conversations.Language;
using NpsBot.Language.Text;

namespace NpsBot.Language.Intents;

/// <summary>Finds the cues a dialog acts on at any step (human, stop, change score, help), in six languages, offline.</summary>
public sealed class IntentDetector(IScoreRecognizer scores) : IIntentDetector
{
    public IntentResult Detect(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text).Trim();
        if (folded.Length == 0)
        {
            return IntentResult.Nothing;
        }

        var intents = new List<Intent>();
        if (IntentCues.StopKeyword().IsMatch(folded) || IntentCues.StopPhrase().IsMatch(folded))
        {
            intents.Add(Intent.Stop);
        }

        if (IntentCues.HumanKeyword().IsMatch(folded) || IntentCues.HumanPhrase().IsMatch(folded))
        {
            intents.Add(Intent.Human);
        }

        int? newScore = null;
        var explicitChange = IntentCues.ChangeScoreExplicit().IsMatch(folded);
        if (explicitChange || IntentCues.ChangeScoreSoft().IsMatch(folded))
        {
            var recognized = scores.Recognize(text, locale);
            newScore = recognized.Status == ScoreStatus.Ok ? recognized.Score : null;
            if (explicitChange || newScore is not null)
            {
                intents.Add(Intent.ChangeScore);
            }
        }

        if (IntentCues.HelpKeyword().IsMatch(folded))
        {
            intents.Add(Intent.Help);
        }

        return intents.Count == 0 ? IntentResult.Nothing : new IntentResult(intents, intents.Contains(Intent.ChangeScore) ? newScore : null);
    }
}
