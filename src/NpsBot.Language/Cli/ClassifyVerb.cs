using NpsBot.Conversations.Language;

namespace NpsBot.Language.Cli;

/// <summary>
/// <c>-- classify</c>: one complaint per input line →
/// <c>{"text":…,"theme":…,"confidence":0..1,"escalate":true|false,"reasons":[…],"sentiment":-1..1}</c>, in order.
/// </summary>
public sealed class ClassifyVerb(IThemeClassifier classifier, ISentimentAnalyzer sentiment)
{
    public async Task<int> RunAsync(TextReader input, TextWriter output, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var theme = await classifier.ClassifyAsync(line, locale, cancellationToken);
            var feeling = sentiment.Analyze(line, locale);
            await output.WriteLineAsync(JsonLine.Write(json =>
            {
                json.WriteString("text", line);
                json.WriteString("theme", theme.Theme);
                json.WriteNumber("confidence", Math.Round(theme.Confidence, 4));
                json.WriteBoolean("escalate", feeling.Escalate);
                json.WriteStartArray("reasons");
                foreach (var reason in feeling.Reasons)
                {
                    json.WriteStringValue(reason);
                }

                json.WriteEndArray();
                json.WriteNumber("sentiment", Math.Round(feeling.Sentiment, 4));
            }));
        }

        await output.FlushAsync(cancellationToken);
        return 0;
    }
}
