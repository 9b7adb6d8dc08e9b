using System.Diagnostics;
using NpsBot.Language;
using NpsBot.Language.Cli;

namespace NpsBot.Server.Hosting;

/// <summary>
/// Builds every escalation cue's expression and the escalation model's bound on a background thread once the server has
/// started (perf16, <see cref="LanguageCli.BuildEveryCue"/>): the start-up warm-up loads the models, but a cue's automaton
/// (20–300 ms) was built when a complaint first held its words, so early customers waited for them. Off with
/// <c>Language:BuildCuesAfterStart=false</c>; stops between two cues when the server stops.
/// </summary>
public sealed class LanguageCueWarmUp(LanguageOptions options, ILogger<LanguageCueWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => !options.BuildCuesAfterStart ? Task.CompletedTask : Task.Run(
        () =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var cues = LanguageCli.BuildEveryCue(stoppingToken);
                logger.LogInformation("Built the {Cues} escalation cues and the escalation model's bound in {Seconds:F1} s, after start.", cues, clock.Elapsed.TotalSeconds);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The server stopped first: whatever is left is built when a complaint needs it.
            }
        },
        CancellationToken.None);
}
