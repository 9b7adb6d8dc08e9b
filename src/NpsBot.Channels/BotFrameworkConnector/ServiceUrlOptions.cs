using System.ComponentModel.DataAnnotations;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>
/// Where replies may be posted, from the "Bot" section (kept apart from the host's BotOptions): in local mode only
/// loopback hosts and the hosts listed in <c>Bot:ServiceUrlAllowList</c>.
/// </summary>
public sealed class ServiceUrlOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>Host names (or IP literals) accepted as a serviceUrl's host besides loopback, compared case-insensitively; no schemes, ports or wildcards.</summary>
    public IList<string> ServiceUrlAllowList { get; } = new List<string>();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var host in ServiceUrlAllowList)
        {
            if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host.Trim('[', ']')) == UriHostNameType.Unknown)
            {
                yield return new ValidationResult(
                    $"Bot:ServiceUrlAllowList holds '{host}', which is not a host name (write 'connector.example.com', not a URL).",
                    [nameof(ServiceUrlAllowList)]);
            }
        }
    }
}
