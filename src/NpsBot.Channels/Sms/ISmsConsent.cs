namespace NpsBot.Channels.Sms;

/// <summary>A number's opt-out as the customers table keeps it (channel "sms", the number as the channel user id).</summary>
public interface ISmsConsent
{
    Task<bool> IsOptedOutAsync(string number, CancellationToken cancellationToken);

    /// <summary>Records STOP (true) or START (false) for the number, creating its customer row if needed.</summary>
    Task SetOptedOutAsync(string number, bool optedOut, CancellationToken cancellationToken);
}
