using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// Activities as the log stores them: JSON without id and timestamp (the row has both), encrypted with ASP.NET Core Data
/// Protection under <see cref="Purpose"/>, because a customer's activity holds what they typed (issue 7).
/// </summary>
public sealed class ActivityPayloads(IDataProtectionProvider provider)
{
    public const string Purpose = "NpsBot.DirectLine.Log";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>The encrypted payload, and the size of the JSON it holds (what the byte limits count).</summary>
    public (byte[] Payload, int Bytes) Protect(Activity activity)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(activity with { Id = null, Timestamp = null }, ActivityJson.Options);
        return (_protector.Protect(json), json.Length);
    }

    /// <summary>The stored activity with its id and timestamp put back.</summary>
    public Activity Unprotect(byte[] payload, string id, DateTimeOffset timestamp) =>
        JsonSerializer.Deserialize<Activity>(_protector.Unprotect(payload), ActivityJson.Options)! with { Id = id, Timestamp = timestamp };
}
