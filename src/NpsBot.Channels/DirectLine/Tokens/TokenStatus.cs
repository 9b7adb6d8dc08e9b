namespace NpsBot.Channels.DirectLine.Tokens;

/// <summary>The outcome of reading a token.</summary>
public enum TokenStatus
{
    Valid,
    Expired,
    Invalid,
}
