using System.ComponentModel.DataAnnotations;

namespace NpsBot.Server.Hosting;

/// <summary>The "Bot" configuration section.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>The Azure Bot's Microsoft App ID. Empty = local mode: activities are accepted without a token, as the Emulator does.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Largest activity body accepted on /api/messages; larger bodies get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
