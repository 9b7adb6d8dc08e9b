using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Interruptions;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Hosting;

/// <summary>The survey bot and the language services it asks; the definitions in dialogs/ are loaded and checked once, at start-up.</summary>
public static class SurveyBotRegistration
{
    public static WebApplicationBuilder AddSurveyBot(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SurveyOptions.SectionName).Get<SurveyOptions>() ?? new SurveyOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => NpsSurveyDefinitions.Load(Path.Combine(AppContext.BaseDirectory, options.DialogsDirectory)));
        builder.Services.AddSingleton<IScoreRecognizer, DigitScoreRecognizer>();
        builder.Services.AddSingleton<IIntentDetector, KeywordIntentDetector>();
        builder.Services.AddSingleton<IBot>(services => NpsSurveyBot.Create(
            services.GetRequiredService<SurveyDefinitions>(),
            services.GetRequiredService<IScoreRecognizer>(),
            services.GetRequiredService<IIntentDetector>(),
            services.GetService<IThemeClassifier>(),
            services.GetService<ISentimentAnalyzer>(),
            options));
        return builder;
    }
}
