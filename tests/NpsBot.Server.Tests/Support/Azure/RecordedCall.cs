using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Tests.Support.Azure;

/// <summary>One call the bot made to the stand-in connector: method, raw path, Authorization header and the activity.</summary>
public sealed record RecordedCall(string Method, string Path, string? Authorization, Activity Activity);
