using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Cli;

/// <summary><c>-- score</c>: one reply per input line → <c>{"text":…,"status":"ok|none|ambiguous|out_of_range","score":n|null}</c>, in order.</summary>
public sealed class ScoreVerb(IScoreRecognizer recognizer)
{
    public async Task<int> RunAsync(TextReader input, TextWriter output, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var result = recognizer.Recognize(line, locale);
            await output.WriteLineAsync(JsonLine.Write(json =>
            {
                json.WriteString("text", line);
                json.WriteString("status", ScoreStatusNames.ToName(result.Status));
                if (result.Score is { } score)
                {
                    json.WriteNumber("score", score);
                }
                else
                {
                    json.WriteNull("score");
                }
            }));
        }

        await output.FlushAsync(cancellationToken);
        return 0;
    }
}
