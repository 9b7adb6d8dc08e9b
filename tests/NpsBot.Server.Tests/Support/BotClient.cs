using System.Net.Http.Json;
using System.Text.Json;
using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Tests.Support;

/// <summary>Talks to /api/messages as one customer in one conversation, with expectReplies: Send("7") returns the bot's replies.</summary>
public sealed class BotClient(HttpClient http, string conversationId, string locale = "en-US", string? customerName = null, string channelId = "emulator")
{
    private readonly string _client = Guid.NewGuid().ToString("N")[..8];
    private int _sequence;

    public ChannelAccount User { get; } = new() { Id = "customer-" + conversationId, Name = customerName, Role = RoleTypes.User };

    public async Task<IReadOnlyList<Activity>> JoinAsync(CancellationToken cancellationToken) =>
        await PostAsync(Activity(ActivityTypes.ConversationUpdate) with { MembersAdded = [User] }, cancellationToken);

    public async Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken cancellationToken) =>
        await PostAsync(Activity(ActivityTypes.Message) with { Text = text }, cancellationToken);

    public Activity Activity(string type) => new()
    {
        Type = type,
        Id = $"{_client}-{Interlocked.Increment(ref _sequence)}",
        ChannelId = channelId,
        ServiceUrl = "http://127.0.0.1:1/",
        Conversation = new ConversationAccount { Id = conversationId },
        From = User,
        Recipient = new ChannelAccount { Id = "npsbot", Role = RoleTypes.Bot },
        Locale = locale,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    public async Task<IReadOnlyList<Activity>> PostAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/messages", activity, ActivityJson.Options, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options)!;
    }

    /// <summary>All reply texts joined, for assertions that look for content rather than exact wording.</summary>
    public static string Text(IReadOnlyList<Activity> replies) =>
        string.Join("\n", replies.Where(reply => reply.Type == ActivityTypes.Message).Select(reply => reply.Text));
}
