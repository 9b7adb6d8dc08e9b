using Microsoft.AspNetCore.Hosting;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>The channel tests' server with a fresh data folder and a few settings of the test's own.</summary>
internal sealed class ConfiguredFactory(params (string Key, string Value)[] settings) : NpsBotApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
