using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Language;
using NpsBot.Language.Kernel;
using NpsBot.Language.Prompts;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Kernel;

/// <summary>Issue 7: nothing unredacted reaches a language model, whatever the host registers as its redactor.</summary>
public sealed class RedactionBeforeTheModelTests : IAsyncLifetime
{
    private const string Card = "4111 1111 1111 1111";
    private const string Email = "ana.souza@example.com";
    private const string Phone = "+44 20 7946 0958";
    private const string Iban = "GB82 WEST 1234 5698 7654 32";
    private static readonly string[] Fragments = [Card, "4111111111111111", Email, "ana.souza@", "20 7946 0958", Iban, "GB82WEST12345698765432"];
    private static readonly string Complaint = $"You charged {Card} twice; write to {Email}, call {Phone}, refund to {Iban}";
    private StandInOpenAiServer _server = null!;

    public async ValueTask InitializeAsync() => _server = await StandInOpenAiServer.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    /// <summary>The fragments of personal data found in <paramref name="text"/>.</summary>
    private static List<string> Leaked(string text) => [.. Fragments.Where(fragment => text.Contains(fragment, StringComparison.Ordinal))];

    [Theory]
    [InlineData("the shipped registrations")]
    [InlineData("a host that registered no redaction")]
    public async Task The_theme_classifier_sends_the_model_only_redacted_text(string setting)
    {
        var options = new LanguageOptions { Llm = new LlmOptions { Endpoint = _server.Endpoint, Model = "stand-in", Timeout = TimeSpan.FromSeconds(10) } };
        var services = new ServiceCollection().AddNpsBotLanguage(options);
        if (setting == "a host that registered no redaction")
        {
            services.AddSingleton<ITextRedactor, NoRedaction>();
        }

        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IThemeClassifier>().ClassifyAsync(Complaint, "en", TestContext.Current.CancellationToken);

        var sent = Assert.Single(_server.Requests).RootElement.GetRawText();
        Assert.Contains("[card]", sent, StringComparison.Ordinal);
        Assert.Empty(Leaked(sent));
    }

    [Fact]
    public async Task The_model_function_itself_redacts_text_it_was_handed_raw()
    {
        var llm = new LlmThemeClassifier(
            ThemeKernelFactory.Create(new LlmOptions { Endpoint = _server.Endpoint, Model = "stand-in", Timeout = TimeSpan.FromSeconds(10) }),
            new PromptLibrary(),
            ThemeCatalog.Shipped);

        await llm.TryClassifyAsync(Complaint, TestContext.Current.CancellationToken);

        var sent = Assert.Single(_server.Requests).RootElement.GetRawText();
        Assert.Contains("[iban]", sent, StringComparison.Ordinal);
        Assert.Empty(Leaked(sent));
    }
}
