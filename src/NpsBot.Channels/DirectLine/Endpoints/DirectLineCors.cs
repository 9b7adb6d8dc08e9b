using Microsoft.AspNetCore.Cors.Infrastructure;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>
/// The CORS policy of Direct Line and the token endpoint: the configured origins, the headers DirectLineJS sends
/// (authorization, content-type, x-ms-bot-agent, x-requested-with) and every method the API uses.
/// </summary>
public static class DirectLineCors
{
    public const string PolicyName = "DirectLine";

    public static void Configure(CorsPolicyBuilder policy, IEnumerable<string> allowedOrigins)
    {
        var origins = allowedOrigins.Where(origin => origin.Length > 0).ToArray();
        if (origins.Contains("*"))
        {
            policy.AllowAnyOrigin();
        }
        else
        {
            policy.WithOrigins(origins);
        }

        policy.WithHeaders("authorization", "content-type", "x-ms-bot-agent", "x-requested-with")
            .WithMethods("GET", "POST")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
    }
}
