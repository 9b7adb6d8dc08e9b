using System.Text.Json;
using NpsBot.Conversations.Language;
using NpsBot.Language.Evaluation;
using NpsBot.Language.Kernel;
using NpsBot.Language.Prompts;
using NpsBot.Language.Redaction;
using NpsBot.Language.Scores;
using NpsBot.Language.Sentiment;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Kernel;

/// <summary>
/// The language-model path measured end to end (prompt, wire format, parsing, fallback, evaluation) against a local
/// OpenAI-compatible stand-in that answers from a fixed table: the gold theme for most held-out complaints, a wrong theme
/// for every fifth, and no usable answer for every seventh (the offline stand-in classifier then answers). This tests the
/// plumbing, not a model's accuracy: the evaluation must report exactly the table's own agreement.
/// </summary>
public sealed class LlmPathEvaluationTests : IAsyncLifetime
{
    private const string Offline = "offline-answer";
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);
    private StandInOpenAiServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await StandInOpenAiServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_evaluation_through_the_language_model_reports_the_tables_agreement()
    {
        var cases = EvaluationSets.ReadComplaints(File.OpenText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "complaints.tsv")))
            .Where(c => c.Text.All(ch => !char.IsAsciiDigit(ch) && ch != '@'))
            .Take(60)
            .ToList();
        var table = cases.Select((c, i) => (c.Text, Answer: i % 7 == 6 ? null : i % 5 == 4 ? Wrong(c.Theme) : c.Theme)).ToList();
        var served = new System.Collections.Concurrent.ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        _server.Respond = context =>
        {
            var request = _server.Requests.Last().RootElement;
            var user = request.GetProperty("messages")[1].GetProperty("content").GetString()!;
            var row = table.Single(r => user.Contains(r.Text, StringComparison.Ordinal));
            served[row.Text] = row.Answer;
            return StandInOpenAiServer.AnswerAsync(
                context, row.Answer is null ? "not json" : JsonSerializer.Serialize(new { theme = row.Answer, confidence = 0.9 }));
        };

        var report = await EvaluationReport.RunAsync(
            new ScoreRecognizer(), Classifier(), new SentimentAnalyzer(), [], cases, TestContext.Current.CancellationToken);

        // A call the loaded machine let time out falls back like a malformed answer: the figures follow what was served.
        var usable = served.Where(kv => kv.Value is not null).ToList();
        var expectedRight = usable.Count(kv => cases.Single(c => c.Text == kv.Key).Theme == kv.Value);
        Assert.True(served.Count >= cases.Count * 9 / 10, $"{served.Count} of {cases.Count} complaints reached the stand-in");
        Assert.Equal(expectedRight, report.Themes.Confusion.Where(kv => kv.Key.Expected == kv.Key.Predicted).Sum(kv => kv.Value));
        Assert.Equal(cases.Count - usable.Count, report.ThemeMisses.Count(m => m.Predicted == Offline));
        Assert.InRange(report.Themes.Accuracy, 0.5, 0.9);
    }

    private static string Wrong(string theme) => theme == "price" ? "billing" : "price";

    private FallbackThemeClassifier Classifier()
    {
        var options = new LlmOptions { Endpoint = _server.Endpoint, Model = "stand-in", ApiKey = "sk-test", Timeout = Budget };
        var llm = new LlmThemeClassifier(ThemeKernelFactory.Create(options), new PromptLibrary(), ThemeCatalog.Shipped);
        return new FallbackThemeClassifier(llm, new OfflineAnswer(), new TextRedactor(), options.Timeout, TimeProvider.System);
    }

    private sealed class OfflineAnswer : IThemeClassifier
    {
        public Task<ThemeResult> ClassifyAsync(string complaint, string? locale, CancellationToken cancellationToken) =>
            Task.FromResult(new ThemeResult(Offline, 0.5, null, ThemeModel.Source));
    }
}
