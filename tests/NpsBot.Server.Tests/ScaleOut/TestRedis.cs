using System.Diagnostics;

namespace NpsBot.Server.Tests.ScaleOut;

/// <summary>
/// The Redis the scale-out tests share their instances through: <c>NPSBOT_TEST_REDIS</c> when set, otherwise one
/// started for the test by <c>scripts/redis.sh</c> (its own state file) and stopped after. A Redis that cannot be had
/// fails the test.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    private readonly string? _state;

    private TestRedis(string connectionString, string? state)
    {
        ConnectionString = connectionString;
        _state = state;
    }

    public string ConnectionString { get; }

    public static async Task<TestRedis> StartAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("NPSBOT_TEST_REDIS") is { Length: > 0 } given)
        {
            return new TestRedis(given, null);
        }

        var state = Path.Combine(Path.GetTempPath(), "npsbot-redis-test-" + Guid.NewGuid().ToString("N"));
        var started = await ScriptAsync("start", state, cancellationToken);
        return new TestRedis(started.Trim(), state);
    }

    public async ValueTask DisposeAsync()
    {
        if (_state is not null)
        {
            await ScriptAsync("stop", _state, CancellationToken.None);
        }
    }

    private static async Task<string> ScriptAsync(string verb, string state, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "redis.sh"));
        start.ArgumentList.Add(verb);
        start.Environment["NPSBOT_REDIS_STATE"] = state;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(3), cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/redis.sh {verb} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "scripts", "redis.sh")))
            {
                return directory.FullName;
            }
        }

        throw new FileNotFoundException("scripts/redis.sh not found above " + AppContext.BaseDirectory);
    }
}
