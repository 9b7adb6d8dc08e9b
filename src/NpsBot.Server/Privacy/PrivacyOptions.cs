using System.ComponentModel.DataAnnotations;

namespace NpsBot.Server.Privacy;

/// <summary>The "Privacy" configuration section: how long the encrypted raw text of customers' messages is kept.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// How long the customer's raw words are kept, encrypted, beside the redacted transcript (for the agent reading a
    /// live conversation). Zero keeps no raw text at all.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "366.00:00:00")]
    public TimeSpan RawTextRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the purge of expired raw text runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);
}
