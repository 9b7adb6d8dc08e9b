using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using NpsBot.Console.Access;
using NpsBot.Console.Live;
using NpsBot.Recovery.Agents;

namespace NpsBot.Console.Hosting;

/// <summary>
/// The agent console in a host: Razor components (interactive server), MudBlazor, the policies, the hub and the live
/// feed. The host adds ASP.NET Core Identity (cookies, users) and implements <see cref="IConsoleUsers"/> and
/// <see cref="IConsoleSignIn"/>; the desk registers <see cref="IAgentWorkspace"/>.
/// </summary>
public static class AgentConsoleExtensions
{
    /// <summary>The console's pages, Blazor's circuit hub and the agents' hub: everything the console's CSP applies to.</summary>
    public static readonly PathString[] ConsolePaths = ["/console", "/_blazor", AgentsHub.Path];

    /// <summary>Blazor needs its script, websocket and MudBlazor's inline styles; nothing from another host.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddAgentConsole(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConsoleOptions>().Bind(configuration.GetSection(ConsoleOptions.SectionName));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddSignalR();
        services.AddAuthorizationBuilder()
            .AddPolicy(ConsoleRoles.StaffPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(ConsoleRoles.All))
            .AddPolicy(ConsoleRoles.AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(ConsoleRoles.Admin))
            .AddPolicy(ConsoleRoles.ManagerPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(ConsoleRoles.Manager, ConsoleRoles.Admin));
        services.AddSingleton<ConsoleEvents>();
        services.AddSingleton<HubConnections>();

        // The desk registers a no-op feed with TryAdd; this one replaces it whichever is registered first.
        services.Replace(ServiceDescriptor.Singleton<IAgentFeed, AgentFeed>());
        return services;
    }

    /// <summary>
    /// Maps the pages, Blazor's circuit hub (staff only: an anonymous browser cannot even open a circuit) and the
    /// agents' hub. Call after authentication, authorization and antiforgery are in the pipeline.
    /// </summary>
    public static IEndpointRouteBuilder MapAgentConsole(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .Add(endpoint =>
            {
                if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.StartsWith("/_blazor", StringComparison.Ordinal) == true)
                {
                    endpoint.Metadata.Add(new AuthorizeAttribute(ConsoleRoles.StaffPolicy));
                }
            });
        endpoints.MapHub<AgentsHub>(AgentsHub.Path);
        return endpoints;
    }

    /// <summary>The console's Content-Security-Policy on its pages and hubs (the server's default allows nothing).</summary>
    public static IApplicationBuilder UseConsoleSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (ConsolePaths.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        await next(context);
    });
}
