using NpsBot.Conversations.Outbound;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;

namespace NpsBot.Recovery.Tests.Support;

/// <summary>The Direct Line key space's outbound, recording typing indicators.</summary>
internal sealed class RecordingOutbound : IConversationOutbound
{
    public List<string> Typing { get; } = [];

    public string KeySpace => KeySpaces.DirectLine;

    public bool SupportsProactive => false;

    public IReadOnlyList<WorkRequest> Deliver(TurnReplies replies) => [];

    public Task SendTypingAsync(string conversationKey, CancellationToken cancellationToken)
    {
        Typing.Add(conversationKey);
        return Task.CompletedTask;
    }
}
