namespace NpsBot.Server.Privacy;

/// <summary>
/// Data Protection purpose strings, one per area, named "NpsBot.&lt;Area&gt;": data protected for one purpose cannot be
/// read with another. Add the purpose of a new area here.
/// </summary>
public static class DataProtectionPurposes
{
    /// <summary>The application name every instance shares, so they read each other's protected data with the same key ring.</summary>
    public const string ApplicationName = "NpsBot";

    /// <summary>Raw text of transcript lines.</summary>
    public const string Transcripts = "NpsBot.Transcripts";

    /// <summary>Webhook subscriptions' signing secrets.</summary>
    public const string Webhooks = "NpsBot.Webhooks";

    /// <summary>The Direct Line activity log (kept beside its user in the Channels project: <c>ActivityPayloads.Purpose</c>).</summary>
    public const string DirectLineLog = NpsBot.Channels.DirectLine.Log.ActivityPayloads.Purpose;
}
