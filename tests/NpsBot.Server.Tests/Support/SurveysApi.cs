using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NpsBot.Server.Tests.Support;

/// <summary>POST /api/v1/surveys and GET /api/v1/surveys/{eventId} as a company's system calls them.</summary>
public sealed class SurveysApi(HttpClient http, string? apiKey)
{
    public async Task<(HttpStatusCode Status, JsonElement Body)> InviteAsync(object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/surveys") { Content = JsonContent.Create(body) };
        return await SendAsync(request, cancellationToken);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string eventId, CancellationToken cancellationToken) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/surveys/" + Uri.EscapeDataString(eventId)), cancellationToken);

    public async Task<(HttpStatusCode Status, JsonElement Body)> ListAsync(string query, CancellationToken cancellationToken) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/surveys" + query), cancellationToken);

    /// <summary>Polls the invite until its status is <paramref name="wanted"/> (30 s at most).</summary>
    public async Task<JsonElement> WaitForStatusAsync(string eventId, string wanted, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var last = "";
        try
        {
            while (true)
            {
                var (status, body) = await GetAsync(eventId, timeout.Token);
                last = status == HttpStatusCode.OK ? body.GetProperty("status").GetString() ?? "" : status.ToString();
                if (last == wanted)
                {
                    return body;
                }

                await Task.Delay(20, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"Invite {eventId} stayed '{last}', expected '{wanted}'.");
            throw;
        }
    }

    /// <summary>Polls the invite until its status is no longer "queued" (30 s at most).</summary>
    public async Task<JsonElement> WaitDecidedAsync(string eventId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var (status, body) = await GetAsync(eventId, timeout.Token);
            if (status == HttpStatusCode.OK && body.GetProperty("status").GetString() != "queued")
            {
                return body;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            if (apiKey is not null)
            {
                request.Headers.Add("X-Api-Key", apiKey);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
    }
}
