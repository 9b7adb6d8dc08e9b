namespace NpsBot.Conversations.Definitions;

/// <summary>Where promoters are invited to leave a review: the configuration key the host reads, and the placeholder used when it is not set.</summary>
public sealed record ReviewLink(string ConfigurationKey, string DefaultUrl);
