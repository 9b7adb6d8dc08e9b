using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.EventSource;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// What a test host leaves out so that, once disposed, nothing process-wide keeps it: a test process starts hundreds
/// of servers, and each one kept reachable held its whole service provider (the process grew to 7.7 GB after a full
/// collection and spent its time in full collections). Each hold was found with dotnet-dump's gcroot; the server in
/// production is one host per process and keeps them all. <c>DisposedServerTests</c> checks that none is left.
/// </summary>
public static class ShortLivedTestHost
{
    private static readonly System.Reflection.Assembly EventSourceLogging = typeof(EventSourceLoggerProvider).Assembly;

    public static void Configure(IWebHostBuilder builder)
    {
        // The EventSource logging the default host adds (AddEventSourceLogger: its provider, the filter options it
        // configures and their change-token source) registers each host's logger filter monitor on the process-wide
        // LoggingEventSource (dotnet/runtime#66072). Nothing in the tests listens to that EventSource.
        builder.ConfigureLogging(logging =>
        {
            foreach (var service in logging.Services.Where(FromEventSourceLogging).ToList())
            {
                logging.Services.Remove(service);
            }
        });

        // The server's background build of every escalation cue (LanguageCueWarmUp, perf16) took the CPU from the tests
        // of every test process (two Server test classes: 67 s without it, 295 s with it); a test builds the cues it
        // needs when it needs them, as before.
        builder.UseSetting("Language:BuildCuesAfterStart", "false");

        // IHttpClientFactory's handler-expiry timer (two minutes by default) holds the host's service provider until
        // it fires; a test host never lives long enough to need its handlers rotated, so they never expire.
        builder.ConfigureServices(services => services.ConfigureHttpClientDefaults(client => client.SetHandlerLifetime(Timeout.InfiniteTimeSpan)));
    }

    // The provider and EventLogFiltersConfigureOptions(ChangeSource) are types of that assembly; the LoggingEventSource
    // itself is registered as an instance.
    private static bool FromEventSourceLogging(ServiceDescriptor service) =>
        !service.IsKeyedService
        && ((service.ImplementationType?.Assembly ?? service.ImplementationInstance?.GetType().Assembly) == EventSourceLogging);
}
