using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging.EventSource;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// Logging for the many servers one test process starts and disposes. The EventSource provider the default host adds
/// registers each host's logger filter monitor on the process-wide <c>LoggingEventSource</c>, which keeps every disposed
/// server reachable (dotnet/runtime#66072): the server tests' process held 140 disposed servers and 7.7 GB after a full
/// collection. Nothing in the tests listens to that EventSource, so the test hosts go without it; the server in
/// production is one host and keeps it.
/// </summary>
public static class TestLogging
{
    public static void WithoutEventSource(IWebHostBuilder builder) =>
        builder.ConfigureLogging(logging =>
        {
            foreach (var provider in logging.Services.Where(service => service.ImplementationType == typeof(EventSourceLoggerProvider)).ToList())
            {
                logging.Services.Remove(provider);
            }
        });
}
