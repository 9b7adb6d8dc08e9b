using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace NpsBot.Server.Tests.ScaleOut;

/// <summary>
/// A Web Chat customer whose WebSocket stream sits on one server instance while its posts go to whichever instance
/// the test names (as a load balancer without affinity would send them). Counts every activity the stream delivers.
/// </summary>
public sealed class StreamedCustomer : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    private StreamedCustomer(string conversationId, string token)
    {
        ConversationId = conversationId;
        Token = token;
    }

    public string ConversationId { get; }

    public string Token { get; }

    /// <summary>Times each activity id arrived on the stream.</summary>
    public ConcurrentDictionary<string, int> Streamed { get; } = new();

    /// <summary>Starts the conversation on <paramref name="streamOn"/> and opens its stream there.</summary>
    public static async Task<StreamedCustomer> StartAsync(HttpClient streamOn, CancellationToken cancellationToken)
    {
        using var tokenResponse = await streamOn.PostAsJsonAsync("/api/webchat/token", new { customer = (string?)null }, cancellationToken);
        tokenResponse.EnsureSuccessStatusCode();
        var info = await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var customer = new StreamedCustomer(info.GetProperty("conversationId").GetString()!, info.GetProperty("token").GetString()!);
        using var started = await customer.SendAsync(streamOn, HttpMethod.Post, "/v3/directline/conversations", null, cancellationToken);
        started.EnsureSuccessStatusCode();
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        await customer._socket.ConnectAsync(new Uri(conversation.GetProperty("streamUrl").GetString()!), cancellationToken);
        customer._reading = customer.ReadAsync();
        return customer;
    }

    /// <summary>Posts a message to <paramref name="postTo"/>; the echo's id when the server answered 2xx, null otherwise.</summary>
    public async Task<string?> PostAsync(HttpClient postTo, string text, string clientActivityId, CancellationToken cancellationToken)
    {
        var activity = new { type = "message", text, locale = "en-US", from = new { id = "ignored", role = "user" }, channelData = new { clientActivityID = clientActivityId } };
        using var response = await SendAsync(postTo, HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", activity, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            Assert.True(response.StatusCode < HttpStatusCode.InternalServerError, $"a post answered {response.StatusCode}");
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("id").GetString();
    }

    /// <summary>Every activity in the conversation's log (read from <paramref name="readFrom"/>).</summary>
    public async Task<IReadOnlyList<JsonElement>> LogAsync(HttpClient readFrom, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(readFrom, HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities", null, cancellationToken);
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return [.. set.GetProperty("activities").EnumerateArray().Select(a => a.Clone())];
    }

    /// <summary>Waits until the stream delivered every id in <paramref name="ids"/>; fails after <paramref name="timeout"/>.</summary>
    public async Task WaitStreamedAsync(IEnumerable<string> ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var wanted = ids.ToList();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            while (!wanted.All(Streamed.ContainsKey))
            {
                await Task.Delay(20, limit.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"{ConversationId}: the stream did not deliver {string.Join(", ", wanted.Where(id => !Streamed.ContainsKey(id)))} within {timeout}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The stream is being closed.
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var received = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            if (message.Length > 0)
            {
                using var set = JsonDocument.Parse(message.ToArray());
                foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
                {
                    if (activity.TryGetProperty("id", out var id) && id.GetString() is { } text)
                    {
                        Streamed.AddOrUpdate(text, 1, (_, count) => count + 1);
                    }
                }
            }

            message.SetLength(0);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request, cancellationToken);
    }
}
