using System.Globalization;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Cli;

/// <summary>
/// `dead-letters`: lists the work queue's dead letters (id, kind, attempts, age, last error); `dead-letters --retry ID`
/// or `--retry all` puts them back in the queue, due now with their attempts reset (a running server picks them up).
/// </summary>
public sealed class DeadLettersVerb(DeadLetters deadLetters, TimeProvider clock)
{
    public async Task<int> RunAsync(string? retry, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (retry is not null)
        {
            return await RetryAsync(retry, output, error, cancellationToken);
        }

        var dead = await deadLetters.ListAsync(cancellationToken);
        if (dead.Count == 0)
        {
            await output.WriteLineAsync("No dead letters.");
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await output.WriteLineAsync("id\tkind\tattempts\tage\tlast error");
        foreach (var item in dead)
        {
            var age = now - DateTime.SpecifyKind(item.CreatedAt, DateTimeKind.Utc);
            await output.WriteLineAsync(string.Join('\t',
                item.Id.ToString(CultureInfo.InvariantCulture), item.Kind, item.Attempts.ToString(CultureInfo.InvariantCulture),
                Age(age), OneLine(item.LastError)));
        }

        await output.WriteLineAsync($"{dead.Count} dead letter(s). Re-queue with: dead-letters --retry ID|all");
        return 0;
    }

    private async Task<int> RetryAsync(string retry, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        long? id = null;
        if (retry != "all")
        {
            if (!long.TryParse(retry, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                await error.WriteLineAsync($"--retry takes a dead letter's id or 'all', not '{retry}'.");
                return 2;
            }

            id = parsed;
        }

        var requeued = await deadLetters.RetryAsync(id, cancellationToken);
        if (id is not null && requeued == 0)
        {
            await error.WriteLineAsync($"No dead letter has id {id}.");
            return 1;
        }

        await output.WriteLineAsync($"Re-queued {requeued} job(s).");
        return 0;
    }

    private static string Age(TimeSpan age) => age switch
    {
        { TotalDays: >= 1 } => $"{(int)age.TotalDays}d{age.Hours}h",
        { TotalHours: >= 1 } => $"{(int)age.TotalHours}h{age.Minutes}m",
        { TotalMinutes: >= 1 } => $"{(int)age.TotalMinutes}m{age.Seconds}s",
        _ => $"{Math.Max(0, (int)age.TotalSeconds)}s",
    };

    private static string OneLine(string? text) => text is null ? "" : text.ReplaceLineEndings(" ");
}
