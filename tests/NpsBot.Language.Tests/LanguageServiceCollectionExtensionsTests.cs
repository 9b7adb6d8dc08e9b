using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Language;
using NpsBot.Language.Kernel;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests;

public sealed class LanguageServiceCollectionExtensionsTests
{
    [Fact]
    public void Every_language_service_resolves_offline_by_default()
    {
        using var services = new ServiceCollection().AddNpsBotLanguage(new LanguageOptions()).BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<IScoreRecognizer>());
        Assert.NotNull(services.GetRequiredService<IIntentDetector>());
        Assert.NotNull(services.GetRequiredService<ITextRedactor>());
        Assert.NotNull(services.GetRequiredService<ISentimentAnalyzer>());
        Assert.IsType<OfflineThemeClassifier>(services.GetRequiredService<IThemeClassifier>());
    }

    [Fact]
    public void A_configured_endpoint_puts_the_language_model_in_front_of_the_offline_model()
    {
        var options = new LanguageOptions { Llm = new LlmOptions { Endpoint = "http://127.0.0.1:11434/v1", Model = "llama3.2:1b" } };
        using var services = new ServiceCollection().AddNpsBotLanguage(options).BuildServiceProvider();

        var classifier = services.GetRequiredService<IThemeClassifier>();

        Assert.IsType<FallbackThemeClassifier>(classifier);
    }
}
