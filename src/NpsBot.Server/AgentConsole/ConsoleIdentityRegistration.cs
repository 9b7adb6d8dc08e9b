using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NpsBot.Console.Access;
using NpsBot.Console.Hosting;
using NpsBot.Storage;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.AgentConsole;

/// <summary>
/// The console in the host (issue 9): ASP.NET Core Identity on the bot's own database (users, roles agent / manager /
/// admin), cookie sign-in with lockout, antiforgery, and the console's pages and hubs. Pages redirect an anonymous
/// browser to the sign-in page; hubs and other requests get 401; a signed-in user without the role gets 403.
/// </summary>
public static class ConsoleIdentityRegistration
{
    public const string CookieName = "npsbot.console";
    public const string LoginPath = "/console/login";
    public const string LogoutPath = "/console/logout";

    public static WebApplicationBuilder AddAgentConsoleHost(this WebApplicationBuilder builder)
    {
        // RCL assets (_content/MudBlazor, _content/NpsBot.Console) and blazor.web.js from the build output in every environment.
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddHttpContextAccessor();

        // Identity's stores want a scoped context; it comes from the same pooled factory as every other use.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContext());
        services.AddIdentity<ConsoleUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length is what makes a password strong (NIST SP 800-63B); composition rules only make them harder to remember.
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<NpsBotDbContext>()
            .AddSignInManager<ConsoleSignInManager>()
            .AddClaimsPrincipalFactory<ConsoleClaimsFactory>();

        // Every request re-checks the security stamp: disabling a user or changing their role ends their cookie at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/";
            options.LoginPath = LoginPath;
            options.LogoutPath = LogoutPath;
            options.AccessDeniedPath = LoginPath;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "npsbot.console.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddScoped<IConsoleSignIn, ConsoleSignIn>();
        services.AddSingleton<IConsoleUsers, ConsoleUsers>();
        services.AddSingleton<FirstAdmin>();
        services.AddAgentConsole(builder.Configuration);
        services.AddManagerThemeChoices();
        return builder;
    }

    /// <summary>Authentication, authorization and antiforgery, then the console's pages, hubs and the sign-out endpoint.</summary>
    public static WebApplication UseAgentConsoleHost(this WebApplication app)
    {
        app.UseConsoleSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapAgentConsole();
        app.MapConsoleExports();
        app.MapPost(LogoutPath, async (SignInManager<ConsoleUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.Redirect(LoginPath);
            })
            .RequireAuthorization()
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    /// <summary>A page gets the sign-in page (anonymous) or a plain 403 (wrong role); anything else a bare status.</summary>
    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        var isPage = HttpMethods.IsGet(context.Request.Method)
            && context.Request.Path.StartsWithSegments("/console", StringComparison.OrdinalIgnoreCase)
            && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        if (isPage && status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
