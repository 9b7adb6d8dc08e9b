using System.Diagnostics;
using System.Text.Json;
using NpsBot.Testing.Ordering;

namespace NpsBot.Server.Tests.Cli;

/// <summary>The evaluation verbs as an operator runs them: the server binary, one text per line in, one JSON line per line out.</summary>
[LongRunning(29)]
public sealed class LanguageVerbTests
{
    private static async Task<string[]> RunAsync(string verb, string input, string dataDirectory)
    {
        var server = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [server, verb, "--data", dataDirectory])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(server)!,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, process.ExitCode);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task Score_answers_one_json_line_per_input_line_in_order()
    {
        var data = Directory.CreateTempSubdirectory("npsbot-verbs-").FullName;

        var lines = await RunAsync("score", "I'd say a solid 8\n7 or 8\n11\nnot likely at all\nocho\n", data);

        var results = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["ok", "ambiguous", "out_of_range", "none", "ok"], results.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(8, results[0].GetProperty("score").GetInt32());
        Assert.Equal("7 or 8", results[1].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, results[3].GetProperty("score").ValueKind);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Classify_trains_the_model_into_the_data_folder_then_answers_per_line()
    {
        var data = Directory.CreateTempSubdirectory("npsbot-verbs-").FullName;

        var lines = await RunAsync("classify", "The parcel arrived two weeks late\nI will sue you, my child had an allergic reaction\n", data);

        var first = JsonDocument.Parse(lines[0]).RootElement;
        var second = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("delivery", first.GetProperty("theme").GetString());
        Assert.False(first.GetProperty("escalate").GetBoolean());
        Assert.True(second.GetProperty("escalate").GetBoolean());
        Assert.Contains("legal", second.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.True(File.Exists(Path.Combine(data, "themes-model.zip")));
        Directory.Delete(data, recursive: true);
    }
}
