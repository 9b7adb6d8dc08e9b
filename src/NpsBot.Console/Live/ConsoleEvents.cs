using NpsBot.Recovery.Agents;

namespace NpsBot.Console.Live;

/// <summary>
/// In-process notifications for the Blazor circuits of this instance: each open console subscribes and refreshes what
/// the event touches. Handlers run on the raiser's thread and must only schedule work (InvokeAsync), never block.
/// </summary>
public sealed class ConsoleEvents
{
    public event Action<string>? CaseChanged;

    public event Action<string, TranscriptLine>? ConversationLine;

    public event Action<string>? CustomerTyping;

    /// <summary>A user was disabled or lost a role: their open consoles sign out at once.</summary>
    public event Action<string>? AccessRevoked;

    public void RaiseCaseChanged(string caseKey) => CaseChanged?.Invoke(caseKey);

    public void RaiseConversationLine(string caseKey, TranscriptLine line) => ConversationLine?.Invoke(caseKey, line);

    public void RaiseCustomerTyping(string caseKey) => CustomerTyping?.Invoke(caseKey);

    public void RaiseAccessRevoked(string userId) => AccessRevoked?.Invoke(userId);
}
