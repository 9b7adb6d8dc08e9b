using System.Text.Json;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Operations;

/// <summary>The .NET runtime settings the server binary ships with (issue 13: CPU per turn), as written in its runtimeconfig.json.</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void Idle_thread_pool_workers_wait_without_spinning_and_the_garbage_collector_has_no_background_thread()
    {
        var runtimeConfig = Path.ChangeExtension(ServerProcess.FindServerBinary(), ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(runtimeConfig));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.Equal("0", properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").ToString());
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
    }
}
