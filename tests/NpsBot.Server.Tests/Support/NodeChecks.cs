using System.Diagnostics;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// Runs a script of checks/ (independent checks with the libraries the real services publish, installed by the test
/// project's build with npm ci) under node: the input on stdin, the output back. A missing module, a failing script or
/// more than 30 seconds fails the test.
/// </summary>
internal static class NodeChecks
{
    public static async Task<string> RunAsync(string script, string requiredModule, string input, CancellationToken cancellationToken)
    {
        var checks = Path.Combine(RepositoryRoot(), "tests", "NpsBot.Server.Tests", "checks");
        Assert.True(Directory.Exists(Path.Combine(checks, "node_modules", requiredModule)),
            $"{requiredModule} is not installed in {checks} (the test project's build runs npm ci there).");
        var start = new ProcessStartInfo("node", script)
        {
            WorkingDirectory = checks, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var output = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{script} failed ({process.ExitCode}): {error}{output}");
        return output;
    }

    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NpsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (NpsBot.sln) is not above the test's folder.");
    }
}
