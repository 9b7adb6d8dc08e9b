namespace NpsBot.Server.Hosting;

/// <summary>
/// Where appsettings.json and wwwroot are read from: the working directory when it holds them (dotnet run --project),
/// otherwise the application's own folder, so the built server can be started from anywhere.
/// </summary>
public static class ContentRoot
{
    public static string Choose() =>
        File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory;
}
