using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// TestServer requests come from no address; a real client on this machine comes from loopback. This gives test
/// requests 127.0.0.1, or the address in <see cref="HeaderName"/> (a test's stand-in for a caller on another machine),
/// before any of the server's own middleware sees the connection.
/// </summary>
public sealed class TestCallerAddress : IStartupFilter
{
    public const string HeaderName = "X-Test-Caller-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(HeaderName, out var address) && IPAddress.TryParse(address, out var parsed))
            {
                context.Connection.RemoteIpAddress = parsed;
            }
            else
            {
                context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
