namespace NpsBot.Channels.DirectLine.Tokens;

/// <summary>A token's status and, when its signature is good, what it grants.</summary>
public sealed record TokenCheck(TokenStatus Status, DirectLineToken? Token)
{
    public static TokenCheck Invalid { get; } = new(TokenStatus.Invalid, null);
}
