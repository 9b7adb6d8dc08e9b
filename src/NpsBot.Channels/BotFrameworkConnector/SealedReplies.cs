using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>
/// A <c>reply.deliver</c> payload that holds words nobody may keep in clear at rest (an agent's message to the
/// customer): the replies' JSON array encrypted with Data Protection, as <c>{"sealed":"&lt;Base64&gt;"}</c>. The 202
/// path's payloads stay a plain JSON array (the bot's wording, built from redacted input); the handler reads both.
/// </summary>
public sealed class SealedReplies(IDataProtectionProvider protection)
{
    public const string Purpose = "NpsBot.Connector.Outbound";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string Seal(string repliesJson) =>
        JsonSerializer.Serialize(new Envelope(Convert.ToBase64String(_protector.Protect(System.Text.Encoding.UTF8.GetBytes(repliesJson)))), EnvelopeJson);

    /// <summary>The replies of a payload, sealed or plain; null when it is neither.</summary>
    public List<Activity>? Open(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (!payload.TrimStart().StartsWith('{'))
        {
            return JsonSerializer.Deserialize<List<Activity>>(payload, ActivityJson.Options);
        }

        var envelope = JsonSerializer.Deserialize<Envelope>(payload, EnvelopeJson);
        if (envelope?.Sealed is not { Length: > 0 } sealedReplies)
        {
            return null;
        }

        var json = _protector.Unprotect(Convert.FromBase64String(sealedReplies));
        return JsonSerializer.Deserialize<List<Activity>>(json, ActivityJson.Options);
    }

    private static readonly JsonSerializerOptions EnvelopeJson = new(JsonSerializerDefaults.Web);

    private sealed record Envelope(string? Sealed);
}
