using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NpsBot.Server.Tests.Support;

/// <summary>A web chat customer as the page is one: a token from /api/webchat/token, the conversation started, messages posted over Direct Line.</summary>
public sealed class WebChatCustomer
{
    private readonly HttpClient _http;

    private WebChatCustomer(HttpClient http, string conversationId, string token)
    {
        _http = http;
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }

    public string Token { get; }

    /// <summary>Gets a token (bound to <paramref name="signedCustomer"/> when given) and starts its conversation: the bot has greeted.</summary>
    public static async Task<WebChatCustomer> StartAsync(HttpClient http, string? signedCustomer = null)
    {
        var ct = TestContext.Current.CancellationToken;
        using var tokenResponse = await http.PostAsJsonAsync("/api/webchat/token", new { customer = signedCustomer }, ct);
        tokenResponse.EnsureSuccessStatusCode();
        var info = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(ct);
        var customer = new WebChatCustomer(http, info.GetProperty("conversationId").GetString()!, info.GetProperty("token").GetString()!);
        using var started = await customer.SendAsync(HttpMethod.Post, "/v3/directline/conversations", null);
        started.EnsureSuccessStatusCode();
        return customer;
    }

    /// <summary>Posts a message with whatever "from" the client chooses to send.</summary>
    public async Task PostAsync(string text, object? from = null)
    {
        var activity = new { type = "message", text, locale = "en-US", from = from ?? new { id = "ignored", role = "user" } };
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The customer comes back to the chat later: the page resumes the same conversation (POST conversations again, 200).</summary>
    public async Task ReturnAsync()
    {
        using var resumed = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", null);
        resumed.EnsureSuccessStatusCode();
    }

    /// <summary>Posts any activity (a typing indicator, an event) as the page would.</summary>
    public async Task PostActivityAsync(object activity)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Every activity in the conversation's log, as Web Chat receives them.</summary>
    public async Task<IReadOnlyList<JsonElement>> ActivitiesAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities", null);
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return [.. set.GetProperty("activities").EnumerateArray().Select(a => a.Clone())];
    }

    /// <summary>The texts of the bot's messages in the conversation's log, in order.</summary>
    public async Task<IReadOnlyList<string>> BotTextsAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities", null);
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return set.GetProperty("activities").EnumerateArray()
            .Where(activity => activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("role").GetString() == "bot")
            .Select(activity => activity.GetProperty("text").GetString() ?? "")
            .ToList();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await _http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
