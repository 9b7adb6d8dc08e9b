using System.Text.Json;
using NpsBot.Language.Cli;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Cli;

public sealed class ScoreVerbTests
{
    [Fact]
    public async Task Each_input_line_gives_one_json_line_in_the_same_order()
    {
        var input = new StringReader("I'd say a solid 8\n7 or 8\n11\nnot likely at all\nocho\n");
        var output = new StringWriter();

        var exitCode = await new ScoreVerb(new ScoreRecognizer()).RunAsync(input, output, null, TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(0, exitCode);
        Assert.Equal(["I'd say a solid 8", "7 or 8", "11", "not likely at all", "ocho"], lines.Select(l => l.GetProperty("text").GetString()));
        Assert.Equal(["ok", "ambiguous", "out_of_range", "none", "ok"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.Equal(8, lines[0].GetProperty("score").GetInt32());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("score").ValueKind);
    }

    [Fact]
    public async Task Accents_and_emojis_are_written_as_they_are()
    {
        var output = new StringWriter();

        await new ScoreVerb(new ScoreRecognizer()).RunAsync(new StringReader("zéro 7️⃣"), output, null, TestContext.Current.CancellationToken);

        Assert.Contains("zéro 7️⃣", output.ToString(), StringComparison.Ordinal);
    }
}
