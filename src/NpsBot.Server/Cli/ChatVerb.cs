using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Server.Cli;

/// <summary>
/// `chat`: a survey in the terminal, through the same runner and database as the server. Each line typed is one
/// message; buttons are shown in brackets and can be typed as they read. End with an empty line at the end of input or Ctrl+D.
/// </summary>
public sealed class ChatVerb(IConversationRunner runner, TimeProvider clock)
{
    public const string ChannelId = "console";

    public async Task<int> RunAsync(TextReader input, TextWriter output, string? customerName, CancellationToken cancellationToken)
    {
        var conversation = new ConversationAccount { Id = Guid.NewGuid().ToString("N") };
        var user = new ChannelAccount { Id = "console-user", Name = customerName, Role = RoleTypes.User };
        var bot = new ChannelAccount { Id = "npsbot", Name = "NpsBot", Role = RoleTypes.Bot };
        Activity Inbound(string type) => new()
        {
            Type = type, Id = Guid.NewGuid().ToString("N"), ChannelId = ChannelId, Conversation = conversation,
            From = user, Recipient = bot, Locale = System.Globalization.CultureInfo.CurrentCulture.Name is { Length: > 0 } name ? name : "en-US",
            Timestamp = clock.GetUtcNow(),
        };

        // The operator at the terminal is trusted: the console user is who they say.
        var origin = new TurnOrigin(KeySpaces.Console, new VerifiedCustomer(user.Id, customerName));
        await PrintAsync(output, await runner.RunTurnAsync(Inbound(ActivityTypes.ConversationUpdate) with { MembersAdded = [user] }, origin, cancellationToken));
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            await PrintAsync(output, await runner.RunTurnAsync(Inbound(ActivityTypes.Message) with { Text = line.Trim() }, origin, cancellationToken));
        }

        return 0;
    }

    private static async Task PrintAsync(TextWriter output, TurnResult turn)
    {
        foreach (var reply in turn.Replies.Where(reply => reply.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync($"bot> {reply.Text}");
            if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
            {
                await output.WriteLineAsync("     " + string.Join(" ", actions.Select(action => $"[{action.Title}]")));
            }
        }
    }
}
