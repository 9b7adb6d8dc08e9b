namespace NpsBot.Conversations.Work;

/// <summary>Thrown by a handler when retrying cannot help (a 400/404 from the channel, an unusable URL): dead-letter at once.</summary>
public sealed class WorkFailedPermanentlyException(string reason, Exception? inner = null) : Exception(reason, inner);
