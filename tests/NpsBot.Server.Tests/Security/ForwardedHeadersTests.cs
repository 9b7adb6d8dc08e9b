using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Security;

/// <summary>X-Forwarded-For counts only from configured proxies (issue 7: it bypassed the token rate limit).</summary>
public sealed class ForwardedHeadersTests
{
    private static async Task<HttpStatusCode[]> TokenRequestsAsync(ServerFactory server, int count)
    {
        var http = server.CreateClient();
        var statuses = new HttpStatusCode[count];
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            statuses[i] = response.StatusCode;
        }

        return statuses;
    }

    [Fact]
    public async Task X_forwarded_for_from_an_unconfigured_proxy_does_not_change_the_rate_limit_partition_even_with_forwarded_headers_enabled_issue_7()
    {
        var server = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["WebChat:TokenRequestsPerMinute"] = "2",
            ["ForwardedHeaders_Enabled"] = "true", // what ASPNETCORE_FORWARDEDHEADERS_ENABLED=true sets
        });
        try
        {
            var statuses = await TokenRequestsAsync(server, 3);

            Assert.Contains(server.Services.GetServices<IStartupFilter>(), filter => filter.GetType().Name == "ForwardedHeadersStartupFilter");
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        }
        finally
        {
            await server.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task X_forwarded_for_from_a_configured_proxy_is_the_client_the_rate_limit_counts()
    {
        var server = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["WebChat:TokenRequestsPerMinute"] = "2",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });
        try
        {
            var statuses = await TokenRequestsAsync(server, 3);

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        }
        finally
        {
            await server.DisposeWithDataAsync();
        }
    }
}
