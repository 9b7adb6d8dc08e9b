using System.Globalization;
using NpsBot.Language.Scores;
using NpsBot.Language.Sentiment;

namespace NpsBot.Benchmarks.Language;

/// <summary>
/// Every line of evaluation files (locale first, text last, tab-separated) through the score recognizer and the sentiment
/// analyzer with escalation: <c>-- decisions FILE...</c> prints the score reading (status, score, span, from words, other
/// scale) and the sentiment, escalate flag and reasons per line, to compare two builds line by line (perf15: a change of
/// the matching machinery must leave every decision as it was).
/// </summary>
public static class DecisionsOverLines
{
    public static int Run(IReadOnlyList<string> files)
    {
        var recognizer = new ScoreRecognizer();
        var analyzer = new SentimentAnalyzer();
        foreach (var file in files)
        {
            var index = 0;
            foreach (var line in File.ReadLines(file))
            {
                index++;
                var fields = line.Split('\t');
                if (fields.Length < 2 || line.StartsWith('#'))
                {
                    continue;
                }

                var (locale, text) = (fields[0], fields[^1]);
                var score = recognizer.Recognize(text, locale);
                var sentiment = analyzer.Analyze(text, locale);
                System.Console.WriteLine(
                    $"{file}:{index}\t{score}\t{sentiment.Sentiment.ToString("R", CultureInfo.InvariantCulture)}\t{sentiment.Escalate}\t{string.Join(',', sentiment.Reasons)}");
            }
        }

        return 0;
    }
}
