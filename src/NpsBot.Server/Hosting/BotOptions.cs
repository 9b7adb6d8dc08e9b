using System.ComponentModel.DataAnnotations;

namespace NpsBot.Server.Hosting;

/// <summary>The "Bot" configuration section.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Opens /api/messages without a token to callers on this machine (loopback) only, for the Bot Framework Emulator
    /// and curl, when no <c>MicrosoftAppId</c> is configured. Off by default: with no connector authentication
    /// configured, /api/messages is closed (401). With an app id every request needs a valid token, whatever this says.
    /// </summary>
    public bool LocalDevelopment { get; set; }

    /// <summary>Largest activity body accepted on /api/messages; larger bodies get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
