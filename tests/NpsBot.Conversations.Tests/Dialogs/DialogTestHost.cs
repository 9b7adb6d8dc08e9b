using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Dialogs;

/// <summary>Runs turns against a dialog set the way the runner will: state is JSON between turns.</summary>
internal sealed class DialogTestHost(DialogSet dialogs, ChannelCapabilities? capabilities = null, string? locale = "en-US")
{
    private string _stateJson = JsonSerializer.Serialize(new ConversationState(), DialogJson.Options);
    private int _turn;

    public IReadOnlyList<Activity> Replies { get; private set; } = [];

    public ConversationState State => JsonSerializer.Deserialize<ConversationState>(_stateJson, DialogJson.Options)!;

    public Task<DialogTurnResult> BeginAsync(string dialogId, object? options = null) =>
        RunAsync(Message("begin"), dc => dc.BeginDialogAsync(dialogId, options));

    public Task<DialogTurnResult> SendAsync(string text) => RunAsync(Message(text), dc => dc.ContinueDialogAsync());

    public Task<DialogTurnResult> RunAsync(Func<DialogContext, Task<DialogTurnResult>> act) => RunAsync(Message("turn"), act);

    private async Task<DialogTurnResult> RunAsync(Activity activity, Func<DialogContext, Task<DialogTurnResult>> act)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(_stateJson, DialogJson.Options)!;
        var turn = new TurnContext(activity, state, capabilities ?? ChannelCapabilities.Rich, TimeProvider.System);

        var result = await act(dialogs.CreateContext(turn));

        _stateJson = JsonSerializer.Serialize(state, DialogJson.Options);
        Replies = turn.Replies;
        return result;
    }

    private Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"a{++_turn}",
        Text = text,
        Locale = locale,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "conversation-1" },
        From = new ChannelAccount { Id = "customer-1" },
        Recipient = new ChannelAccount { Id = "bot" },
    };
}
