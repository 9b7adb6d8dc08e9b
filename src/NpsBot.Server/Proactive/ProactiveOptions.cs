using System.ComponentModel.DataAnnotations;

namespace NpsBot.Server.Proactive;

/// <summary>
/// The "Proactive" section: when invites may reach a customer. On the channels in <see cref="QuietHoursChannels"/> (SMS
/// by default: a phone buzzes at night) nothing is sent between <see cref="QuietHoursStart"/> and
/// <see cref="QuietHoursEnd"/> in the customer's time zone (the invite's <c>timeZone</c>, else
/// <see cref="DefaultTimeZone"/>); a send falling inside is moved to the end of the window.
/// </summary>
public sealed class ProactiveOptions : IValidatableObject
{
    public const string SectionName = "Proactive";

    /// <summary>Local time the quiet window starts (inclusive), e.g. 21:00.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    /// <summary>Local time the quiet window ends (exclusive), e.g. 08:00; equal to the start means no quiet hours.</summary>
    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>The IANA time zone of a customer whose invite names none.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>The channels quiet hours apply to.</summary>
    public List<string> QuietHoursChannels { get; set; } = ["sms"];

    /// <summary>How far ahead an invite's "when" may be.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "366.00:00:00")]
    public TimeSpan MaxScheduleAhead { get; set; } = TimeSpan.FromDays(90);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone ?? "", out _))
        {
            yield return new ValidationResult($"Proactive:DefaultTimeZone '{DefaultTimeZone}' is not a known IANA time zone.", [nameof(DefaultTimeZone)]);
        }
    }
}
