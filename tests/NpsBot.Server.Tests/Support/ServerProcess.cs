using System.Diagnostics;
using System.Text.RegularExpressions;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// The real server binary (<c>dotnet NpsBot.Server.dll</c>) in a process of its own on a free loopback port, with its
/// own data folder, so a test can kill it as an operator's machine would (SIGKILL) and start it again on the same data.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process) => _process = process;

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; private set; } = "";

    /// <summary>Everything the server wrote (stdout and stderr), for the test's diagnostics.</summary>
    public ConcurrentLog Output { get; } = new();

    public static async Task<ServerProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        TrainedModels.CopyInto(dataDirectory);
        var binary = FindServerBinary();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(binary)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { binary, "--urls", "http://127.0.0.1:0", "--Storage:DataDirectory", dataDirectory, "--Bot:LocalDevelopment=true" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in TestStorage.Settings(dataDirectory).Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        // As in every in-process test host (ShortLivedTestHost): no background build of the escalation cues, 8.7 s of CPU
        // per server that the two-instance and crash tests' servers never need, on a machine the rest of the run shares.
        start.Environment["Language__BuildCuesAfterStart"] = "false";
        var server = new ServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        server._process.OutputDataReceived += (_, line) => server.Read(line.Data);
        server._process.ErrorDataReceived += (_, line) => server.Read(line.Data);
        server._process.Exited += (_, _) => server._listening.TrySetException(new InvalidOperationException("The server exited before listening:\n" + server.Output));
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.Address = await server._listening.Task.WaitAsync(TimeSpan.FromMinutes(2), cancellationToken);
        }
        catch
        {
            // A server that never said it listens is the failing test's to stop: left running, it would use the CPU the
            // rest of the run needs (on a loaded machine, more starts would then miss their two minutes).
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>SIGKILL: no shutdown code runs, nothing is flushed beyond what is already committed.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        Output.Add(line);
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(match.Groups[1].Value);
        }
    }

    private static string FindServerBinary()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var candidates = new List<string> { AppContext.BaseDirectory };
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NpsBot.sln")))
            {
                candidates.Insert(0, Path.Combine(directory.FullName, "src", "NpsBot.Server", "bin", configuration, "net10.0"));
                break;
            }
        }

        return candidates
            .Select(folder => Path.Combine(folder, "NpsBot.Server.dll"))
            .FirstOrDefault(dll => File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")))
            ?? throw new FileNotFoundException("NpsBot.Server.dll with its runtimeconfig.json was not found in: " + string.Join(", ", candidates));
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
