using NpsBot.Language.Cli;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// The server's background warm-up (perf16, <c>LanguageCueWarmUp</c>) calls <see cref="LanguageCli.BuildEveryCue"/>: it
/// must reach every cue the classifier makes (165 when written), and a server stopping must stop it between two cues.
/// </summary>
public sealed class CueWarmUpTests
{
    [Fact]
    public void A_stopped_build_stops_before_the_next_cue_and_a_full_one_builds_every_cue()
    {
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();

        Assert.Throws<OperationCanceledException>(() => LanguageCli.BuildEveryCue(stopped.Token));
        Assert.InRange(LanguageCli.BuildEveryCue(TestContext.Current.CancellationToken), 150, 1_000);
    }
}
