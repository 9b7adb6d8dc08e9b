using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>Speaks Direct Line 3.0 to the test server the way DirectLineJS does.</summary>
internal sealed class DirectLineClient(WebApplicationFactory<Program> factory)
{
    public const string Base = "/v3/directline";

    public HttpClient Http { get; } = factory.CreateClient();

    public string Secret => factory.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Secrets[0];

    public async Task<ConversationInfo> GetWebChatTokenAsync(string? customer = null)
    {
        using var response = await Http.PostAsJsonAsync("/api/webchat/token", new { customer }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ConversationInfo>(ActivityJson.Options, TestContext.Current.CancellationToken))!;
    }

    public async Task<ConversationInfo> StartAsync(string credential, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await SendAsync(HttpMethod.Post, "/conversations", credential, new { user = new { id = "r_client" } });
        Assert.Equal(expected, response.StatusCode);
        return (await ReadAsync<ConversationInfo>(response))!;
    }

    /// <summary>A token, and its conversation started (the bot has greeted).</summary>
    public async Task<ConversationInfo> StartWithWebChatTokenAsync(string? customer = null) =>
        await StartAsync((await GetWebChatTokenAsync(customer)).Token!);

    public async Task<string> PostMessageAsync(ConversationInfo conversation, string text, string clientActivityId)
    {
        var activity = new
        {
            type = "message", text, textFormat = "plain", channelId = "webchat", locale = "en-US",
            from = new { id = "r_client", name = "", role = "user" },
            channelData = new { clientActivityID = clientActivityId },
        };
        using var response = await SendAsync(HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token!, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync<ResourceResponse>(response))!.Id;
    }

    public async Task<ActivitySet> GetActivitiesAsync(ConversationInfo conversation, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync<ActivitySet>(response))!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? credential, object? body = null)
    {
        using var request = new HttpRequestMessage(method, Base + path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var client = factory.Server.CreateWebSocketClient();
        return await client.ConnectAsync(new Uri(streamUrl), TestContext.Current.CancellationToken);
    }

    /// <summary>The next ActivitySet frame from the socket, skipping empty keep-alive messages.</summary>
    public static async Task<ActivitySet> ReceiveSetAsync(WebSocket socket)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(socket);
            if (text.Length > 0)
            {
                return JsonSerializer.Deserialize<ActivitySet>(text, ActivityJson.Options)!;
            }
        }
    }

    /// <summary>ActivitySets until one holds an activity that matches.</summary>
    public static async Task<List<Activity>> ReceiveUntilAsync(WebSocket socket, Func<Activity, bool> last)
    {
        var received = new List<Activity>();
        while (!received.Any(last))
        {
            received.AddRange((await ReceiveSetAsync(socket)).Activities);
        }

        return received;
    }

    public static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, TestContext.Current.CancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException($"The server closed the stream: {result.CloseStatusDescription}");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    public static async Task<T?> ReadAsync<T>(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(ActivityJson.Options, TestContext.Current.CancellationToken);

    public static async Task<ErrorResponse> ReadErrorAsync(HttpResponseMessage response) => (await ReadAsync<ErrorResponse>(response))!;
}
