using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine;

namespace NpsBot.Server.WebChat;

/// <summary>
/// With no Direct Line secret configured, makes one on first start and keeps it in the data folder
/// (Storage:DataDirectory), so the chat page works with no setup and tokens survive a restart.
/// </summary>
public sealed class DirectLineSecretBootstrap(IConfiguration configuration) : IPostConfigureOptions<DirectLineOptions>
{
    public const string FileName = "directline-secret.txt";

    public void PostConfigure(string? name, DirectLineOptions options)
    {
        if (options.Secrets.Count > 0 || !string.IsNullOrEmpty(options.TokenSigningKey))
        {
            return;
        }

        var folder = Path.GetFullPath(configuration["Storage:DataDirectory"] is { Length: > 0 } configured ? configured : "data");
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(folder);
            var secret = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var writer = new StreamWriter(path, System.Text.Encoding.UTF8, create);
                writer.Write(secret);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance on the same data folder wrote it first; use theirs.
            }
        }

        options.Secrets.Add(File.ReadAllText(path).Trim());
    }
}
