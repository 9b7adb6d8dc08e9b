using Microsoft.Extensions.DependencyInjection.Extensions;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;
using NpsBot.Language;
using NpsBot.Recovery;
using NpsBot.Recovery.Desk;
using NpsBot.Recovery.Fatigue;
using NpsBot.Recovery.Handoff;
using NpsBot.Recovery.Playbooks;
using NpsBot.Recovery.Sla;
using NpsBot.Surveys.Fatigue;
using NpsBot.Surveys.Recovery;
using NpsBot.Surveys.Responses;
using NpsBot.Surveys.Survey;

namespace NpsBot.Server.Hosting;

/// <summary>
/// The survey bot, the language services it asks (score recognizer, intents, themes, sentiment, redaction) and
/// recovery (playbooks, cases, SLA clocks, their jobs); the definitions in dialogs/ are loaded and checked once, at start-up.
/// </summary>
public static class SurveyBotRegistration
{
    public static WebApplicationBuilder AddSurveyBot(this WebApplicationBuilder builder, string dataDirectory)
    {
        var options = builder.Configuration.GetSection(SurveyOptions.SectionName).Get<SurveyOptions>() ?? new SurveyOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => NpsSurveyDefinitions.Load(Path.Combine(AppContext.BaseDirectory, options.DialogsDirectory)));

        // Issue 7: redaction cannot be turned off any more; an operator who asked for unredacted transcripts must learn
        // that at start-up, not from a transcript. The raw text is kept encrypted instead (Privacy:RawTextRetention).
        if (builder.Configuration.GetValue<bool?>("Language:RedactTranscripts") == false)
        {
            throw new InvalidOperationException(
                "Language:RedactTranscripts was removed: customer text is always stored redacted. The raw text is kept encrypted " +
                "for agents for Privacy:RawTextRetention (0 keeps none). Remove the setting.");
        }

        var language = LanguageOptionsFrom(builder.Configuration, dataDirectory);
        builder.Services.AddNpsBotLanguage(language);
        // A theme model retrained at start-up (its training lines or features changed) keeps what people taught it.
        builder.Services.AddSingleton<NpsBot.Language.Themes.IReviewedThemeSource, StoredReviewedThemes>();

        // Theme governance: a manager may relabel to any configured theme (issue 10).
        builder.Services.Replace(ServiceDescriptor.Singleton(services =>
            new NpsBot.Storage.Themes.ThemeChoices([.. services.GetRequiredService<NpsBot.Language.Themes.ThemeCatalog>().Themes.Select(t => t.Id)])));

        var recovery = builder.Configuration.GetSection(RecoveryOptions.SectionName).Get<RecoveryOptions>() ?? new RecoveryOptions();
        if (recovery.Handoff.Mode is not (HandoffModes.Console or HandoffModes.BotFramework))
        {
            throw new InvalidOperationException(
                $"Recovery:Handoff:Mode must be '{HandoffModes.Console}' or '{HandoffModes.BotFramework}', not '{recovery.Handoff.Mode}'.");
        }

        builder.Services.AddSingleton(recovery);
        builder.Services.AddSingleton(_ => PlaybookCatalog.Load(Path.Combine(AppContext.BaseDirectory, options.DialogsDirectory)));
        builder.Services.AddSingleton(services => new RecoveryStores
        {
            CustomerRecords = services.GetRequiredService<ICustomerRecords>(),
            Queue = services.GetRequiredService<IHandoffWaitingLine>(),
            Codes = services.GetRequiredService<IDiscountCodePool>(),
            Transcripts = services.GetRequiredService<ITranscriptSource>(),
        });
        builder.Services.AddSingleton<IRecoveryDesk, RecoveryDesk>();
        builder.Services.AddSingleton<ISurveyGate, FatigueGate>();
        builder.Services.AddSingleton<IWorkHandler, AbandonResponseHandler>();
        builder.Services.AddSingleton<IWorkHandler, SlaCheckHandler>();

        // The agent hub's handoff.status events are taken before the survey (which is silent while an agent holds the conversation).
        builder.Services.AddSingleton<IBot>(services => new HandoffStatusBot(new NpsSurveyBot(
            services.GetRequiredService<SurveyDefinitions>(),
            services.GetRequiredService<IScoreRecognizer>(),
            services.GetRequiredService<IIntentDetector>(),
            options,
            new SurveyServices
            {
                Redactor = services.GetRequiredService<ITextRedactor>(),
                Themes = services.GetRequiredService<IThemeClassifier>(),
                Sentiment = services.GetRequiredService<ISentimentAnalyzer>(),
                Recovery = services.GetRequiredService<IRecoveryDesk>(),
                Gate = services.GetRequiredService<ISurveyGate>(),
                FollowUps = services.GetService<NpsBot.Surveys.FollowUps.IFollowUpSurveys>() ?? NpsBot.Surveys.FollowUps.NoFollowUpSurveys.Instance,
            })));
        return builder;
    }

    /// <summary>The "Language" section, with the theme model kept in the server's data folder.</summary>
    public static LanguageOptions LanguageOptionsFrom(IConfiguration configuration, string dataDirectory) =>
        (configuration.GetSection(LanguageOptions.SectionName).Get<LanguageOptions>() ?? new LanguageOptions()) with { DataDirectory = dataDirectory };
}
