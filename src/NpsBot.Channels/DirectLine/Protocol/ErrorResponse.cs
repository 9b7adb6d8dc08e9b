namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>Direct Line's error body: {"error":{"code":"...","message":"..."}}; codes are stable, messages are not.</summary>
public sealed record ErrorResponse(ErrorResponse.ErrorBody Error)
{
    public sealed record ErrorBody(string Code, string Message);
}
