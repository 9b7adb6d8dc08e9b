using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>Optional body of token generate and start conversation: the user to bind, and the client's locale.</summary>
public sealed record TokenParameters(ChannelAccount? User, string? Locale)
{
    /// <summary>
    /// What is wrong with the parameters, naming the field, or null when they fit what is stored (a user id or name
    /// longer than an id may be, a locale longer than a language tag).
    /// </summary>
    public string? Problem() =>
        User?.Id is { Length: > ActivityLimits.MaxIdLength } ? $"The field '$.user.id' is longer than {ActivityLimits.MaxIdLength} characters."
        : User?.Name is { Length: > ActivityLimits.MaxIdLength } ? $"The field '$.user.name' is longer than {ActivityLimits.MaxIdLength} characters."
        : Locale is { Length: > ActivityLimits.MaxLocaleLength } ? $"The field '$.locale' is longer than {ActivityLimits.MaxLocaleLength} characters; a language tag such as 'en-US' is expected."
        : null;
}
