using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Language;
using NpsBot.Language.Escalation;
using NpsBot.Language.EscalationRecall;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Cli;

/// <summary>
/// The language verbs of the server's command line: <c>score</c>, <c>classify</c>, <c>train-themes</c>, <c>evaluate</c>,
/// <c>evaluate-themes</c> (leave-one-batch-out figures of the theme model), <c>evaluate-escalation</c> (those of the
/// escalation classifier's second tier), <c>evaluate-escalation-model</c> (those of the escalation model).
/// All take <c>--data DIR</c> (where the theme model is loaded from, or trained into first) and <c>--locale xx</c>;
/// <c>--llm-endpoint URL --llm-model NAME [--llm-key KEY]</c> sets a language model for <c>classify</c> over the configured one.
/// </summary>
public static class LanguageCli
{
    public static IReadOnlyList<string> Verbs { get; } = ["score", "classify", "train-themes", "evaluate", "evaluate-themes", "evaluate-escalation", "evaluate-escalation-model"];

    public static bool Handles(IReadOnlyList<string> args) => args is { Count: > 0 } && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextReader input,
        TextWriter output,
        TextWriter error,
        LanguageOptions? options = null,
        IEnumerable<(string Text, string Theme)>? corrections = null,
        IEnumerable<ReviewedTheme>? reviewed = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var cli = CliArguments.Parse(args);
        var settings = (options ?? new LanguageOptions()) with { };
        settings.DataDirectory = cli["data"] ?? settings.DataDirectory;
        settings.TrainingDataPath = cli["training"] ?? settings.TrainingDataPath;
        if (cli["llm-endpoint"] is { } endpoint)
        {
            settings.Llm = settings.Llm with { Endpoint = endpoint, Model = cli["llm-model"] ?? settings.Llm.Model, ApiKey = cli["llm-key"] ?? settings.Llm.ApiKey };
        }

        await using var services = new ServiceCollection().AddNpsBotLanguage(settings).BuildServiceProvider();
        var locale = cli["locale"];
        if (cli.Verb is "classify" or "evaluate")
        {
            // These verbs ask the analyzer, which asks the escalation model: load it from --data as the server does, so a
            // second run does not train it again.
            EscalationRecallLayer.LoadOrTrain(settings.DataDirectory);
        }

        switch (cli.Verb)
        {
            case "score":
                return await new ScoreVerb(services.GetRequiredService<IScoreRecognizer>()).RunAsync(input, output, locale, cancellationToken);
            case "classify":
                return await new ClassifyVerb(services.GetRequiredService<IThemeClassifier>(), services.GetRequiredService<ISentimentAnalyzer>())
                    .RunAsync(input, output, locale, cancellationToken);
            case "train-themes":
                return await new TrainThemesVerb(settings).RunAsync(output, corrections ?? [], reviewed ?? [], cancellationToken);
            case "evaluate-themes" when cli["evaluation"] is { } themesFolder:
                return await new EvaluateThemesVerb(settings).RunAsync(themesFolder, output, cli["other-sweep"] is not null, cancellationToken, cli["only"]?.Split(','));
            case "evaluate-escalation" when cli["evaluation"] is { } escalationFolder:
                return await EvaluateEscalationVerb.RunAsync(escalationFolder, output, cancellationToken);
            case "evaluate-escalation-model" when cli["evaluation"] is { } modelFolder:
                return await EvaluateEscalationModelVerb.RunAsync(modelFolder, cli["conversation"], output, cancellationToken);
            case "evaluate" when cli["evaluation"] is { } folder:
                await Evaluate(services).RunFolderAsync(folder, output, cli["misses"] is not null, cancellationToken);
                return 0;
            case "evaluate" when cli["scores"] is { } scores && cli["complaints"] is { } complaints:
                var verb = new EvaluateVerb(
                    services.GetRequiredService<IScoreRecognizer>(), services.GetRequiredService<IThemeClassifier>(), services.GetRequiredService<ISentimentAnalyzer>());
                await verb.RunAsync(Files(scores), Files(complaints), output, cli["misses"] is not null, cancellationToken);
                return 0;

            default:
                await error.WriteLineAsync("usage: score|classify [--data DIR] [--locale xx] [--llm-endpoint URL --llm-model NAME --llm-key KEY] < lines; "
                    + "train-themes [--data DIR] [--training PATH]; "
                    + "evaluate --scores FILE[,FILE…] --complaints FILE[,FILE…] [--data DIR] [--misses]; "
                    + "evaluate --evaluation DIR (every blind-* batch in DIR, then its held-out sets) [--data DIR] [--misses]; "
                    + "evaluate-themes --evaluation DIR [--training PATH] [--other-sweep] [--only BATCH,…] (each batch on a theme model trained without its lines); "
                    + "evaluate-escalation --evaluation DIR (the escalation second tier, each blind batch with the gate chosen on the others); "
                    + "evaluate-escalation-model --evaluation DIR [--conversation FILE] (the escalation model, each blind batch on a model trained without it; FILE: texts of the conversation that must not escalate)");
                return 2;
        }
    }

    private static EvaluateVerb Evaluate(IServiceProvider services) => new(
        services.GetRequiredService<IScoreRecognizer>(), services.GetRequiredService<IThemeClassifier>(), services.GetRequiredService<ISentimentAnalyzer>());

    private static string[] Files(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Warms the language services at start-up: the theme model (loads it, or trains it into the data folder the first
    /// time) and, beside it, the escalation model (loaded from the data folder, or trained there from the shipped lines the first time, EscalationRecallLayer) and the escalation cues, whose regular expressions are built on their first use — seconds on a
    /// busy machine, which the first complaint after a start would otherwise wait for (once per process: they are static).
    /// </summary>
    public static async Task<ThemeModel> WarmUpAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var sentiment = services.GetRequiredService<ISentimentAnalyzer>();
        var dataDirectory = services.GetRequiredService<LanguageOptions>().DataDirectory;
        // The escalation model is loaded from the data folder (or trained there once) first: the analyzer asks it when no
        // cue fires; then the cues are built.
        var cues = Task.Run(
            () =>
            {
                EscalationRecallLayer.LoadOrTrain(dataDirectory);
                Array.ForEach(WarmUpComplaints, complaint => sentiment.Analyze(complaint, null));
            },
            cancellationToken);
        var model = await services.GetRequiredService<ThemeModelHolder>().GetAsync(cancellationToken);
        await cues;
        return model;
    }

    /// <summary>
    /// The warm-up's second part, for a background thread once the server listens (perf16; the server's
    /// <c>LanguageCueWarmUp</c>): the escalation model's bound (<see cref="EscalationModel.Bound"/>) and every escalation
    /// cue's expression (<see cref="PrefilteredRegex.BuildAll"/>), which are otherwise built when a complaint first needs
    /// them, seconds in all. Once per process; returns how many cues there are.
    /// </summary>
    public static int BuildEveryCue(CancellationToken cancellationToken = default)
    {
        _ = EscalationRecallLayer.Model.Bound;
        _ = EscalationClassifier.Classify(WarmUpComplaints[0], 0); // every cue is made by the classifier's static fields
        return PrefilteredRegex.BuildAll(cancellationToken);
    }

    /// <summary>One everyday complaint per language, enough to build every cue's expression before the first customer.</summary>
    private static readonly string[] WarmUpComplaints =
    [
        "the parcel came late and nobody called me back",
        "le colis est arrivé en retard et personne ne m'a rappelé",
        "das Paket kam zu spät und niemand hat zurückgerufen",
        "el paquete llegó tarde y nadie me devolvió la llamada",
        "a encomenda chegou atrasada e ninguém me ligou de volta",
        "het pakket kwam te laat en niemand belde terug",
    ];
}
