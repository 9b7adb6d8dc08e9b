namespace NpsBot.Server.AgentConsole;

/// <summary>Run once at start (server and verbs): roles, the configured first admin, and the hint when there are no users.</summary>
public static class ConsoleInitialization
{
    public static async Task InitializeAgentConsoleAsync(this WebApplication app)
    {
        var usersExist = await app.Services.GetRequiredService<FirstAdmin>().EnsureAsync(app.Lifetime.ApplicationStopping);
        FirstAdmin.AnnounceHint(app, usersExist);
    }
}
