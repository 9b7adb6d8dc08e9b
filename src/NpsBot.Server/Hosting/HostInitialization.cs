namespace NpsBot.Server.Hosting;

/// <summary>Work done once before the server or a verb runs: database migrations, models.</summary>
public static class HostInitialization
{
    public static Task InitializeNpsBotAsync(this WebApplication app)
    {
        _ = app;
        return Task.CompletedTask;
    }
}
