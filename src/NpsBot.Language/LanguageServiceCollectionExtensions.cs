using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NpsBot.Conversations.Language;
using NpsBot.Language.Intents;
using NpsBot.Language.Kernel;
using NpsBot.Language.Prompts;
using NpsBot.Language.Redaction;
using NpsBot.Language.Scores;
using NpsBot.Language.Sentiment;
using NpsBot.Language.Themes;

namespace NpsBot.Language;

/// <summary>Registers the language services: offline defaults for everything, the language model for themes when configured.</summary>
public static class LanguageServiceCollectionExtensions
{
    public static IServiceCollection AddNpsBotLanguage(this IServiceCollection services, LanguageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton<IScoreRecognizer, ScoreRecognizer>();
        services.AddSingleton<IIntentDetector, IntentDetector>();
        services.AddSingleton<TextRedactor>();
        services.AddSingleton<ITextRedactor>(sp => sp.GetRequiredService<TextRedactor>());
        services.AddSingleton(SentimentLexicon.Shipped);
        services.AddSingleton<ISentimentAnalyzer, SentimentAnalyzer>();
        services.AddSingleton(_ => ThemeCatalog.Load(options.ThemesFile));
        services.AddSingleton(_ => new PromptLibrary(options.PromptsDirectory));
        services.AddSingleton<ThemeModelHolder>();
        services.AddSingleton<OfflineThemeClassifier>();
        services.AddSingleton(sp => CreateThemeClassifier(sp, options));

        // The agent console's summary and suggested reply (issue 9): only with a model; the desk has offline ones.
        if (options.Llm.IsConfigured)
        {
            services.AddSingleton(sp => new AgentAssistant(
                ThemeKernelFactory.Create(options.Llm), sp.GetRequiredService<PromptLibrary>(), options.Llm.Timeout, sp.GetService<ILogger<AgentAssistant>>()));
        }

        return services;
    }

    private static IThemeClassifier CreateThemeClassifier(IServiceProvider services, LanguageOptions options)
    {
        var offline = services.GetRequiredService<OfflineThemeClassifier>();
        if (!options.Llm.IsConfigured)
        {
            return offline;
        }

        var llm = new LlmThemeClassifier(ThemeKernelFactory.Create(options.Llm), services.GetRequiredService<PromptLibrary>(), services.GetRequiredService<ThemeCatalog>());
        return new FallbackThemeClassifier(
            llm,
            offline,

            // The built-in redactor, not whatever replaced ITextRedactor: text for a model is always redacted.
            services.GetRequiredService<TextRedactor>(),
            options.Llm.Timeout,
            services.GetService<TimeProvider>() ?? TimeProvider.System,
            services.GetService<ILogger<FallbackThemeClassifier>>());
    }
}
