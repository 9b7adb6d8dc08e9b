using System.Diagnostics;
using NpsBot.Language;
using NpsBot.Language.Cli;

namespace NpsBot.Server.Hosting;

/// <summary>
/// Builds every escalation cue's expression and the escalation model's bound on a background thread once the server has
/// started (perf16, <see cref="LanguageCli.BuildEveryCue"/>): the start-up warm-up loads the models, but a cue's automaton
/// (20–300 ms) was built when a complaint first held its words, so early customers waited for them. Off with
/// <c>Language:BuildCuesAfterStart=false</c>; stops between two cues when the server stops. Then it returns the start-up's
/// garbage to the system once (<see cref="ReturnStartUpMemory"/>).
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
                ReturnStartUpMemory();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // The server stopped first: whatever is left is built when a complaint needs it.
            }
        },
        CancellationToken.None);

    /// <summary>
    /// One compacting collection that gives freed memory back: loading (or training) the theme and escalation models
    /// allocates about 1.5 GB, mostly large arrays that only a full collection frees, and the server GC kept their
    /// segments committed (RSS 0.9–1.3 GB under load against about 0.35 GB of live objects; issue 13 asks for memory
    /// that stays flat). Done once, off the request path, after everything built at start.
    /// </summary>
    private void ReturnStartUpMemory()
    {
        var before = Environment.WorkingSet;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation("Returned the start-up's memory: working set {Before} MB -> {After} MB.", before >> 20, Environment.WorkingSet >> 20);
    }
}
