namespace NpsBot.Surveys.Fatigue;

/// <summary>A turn's change to a customer's consent: STOP opts out (kept on the customer), the restart word opts back in.</summary>
public sealed record CustomerConsent(string ChannelId, string CustomerId, bool OptedOut, DateTimeOffset At);
