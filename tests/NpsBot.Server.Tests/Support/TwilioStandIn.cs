using NpsBot.Testing.Hosting;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// Twilio's Messages API on 127.0.0.1 (Kestrel), speaking its wire format: POST
/// /2010-04-01/Accounts/{AccountSid}/Messages.json, HTTP Basic with the Account SID and auth token, form fields To, From
/// or MessagingServiceSid, Body; 201 with the message resource as JSON, errors as Twilio's JSON error body. Numbers in
/// <see cref="FailFirst"/> get that many 500s before their messages are accepted.
/// </summary>
public sealed class TwilioStandIn : IAsyncDisposable
{
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string AuthToken = "test-auth-token-0123456789abcdef";
    public const string From = "+15005550006";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _calls = new();
    private int _sequence;

    private TwilioStandIn(WebApplication app) => _app = app;

    /// <summary>Messages accepted (201), in arrival order.</summary>
    public ConcurrentQueue<(string To, string From, string Body)> Received { get; } = new();

    /// <summary>Number → how many of its first calls answer 500.</summary>
    public ConcurrentDictionary<string, int> FailFirst { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public int Calls(string to) => _calls.GetValueOrDefault(to);

    public IReadOnlyList<string> BodiesTo(string to) => [.. Received.Where(m => m.To == to).Select(m => m.Body)];

    public static async Task<TwilioStandIn> StartAsync()
    {
        var app = LoopbackServer.Create();
        var standIn = new TwilioStandIn(app);
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", standIn.CreateMessageAsync);
        standIn.BaseUrl = await LoopbackServer.StartAsync(app);
        return standIn;
    }

    /// <summary>Waits until <paramref name="count"/> messages reached <paramref name="to"/>, failing after 30 s.</summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(string to, int count, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            while (BodiesTo(to).Count < count)
            {
                await Task.Delay(20, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"{to} got {BodiesTo(to).Count} SMS, expected {count}: {string.Join(" | ", BodiesTo(to))}");
        }

        return BodiesTo(to);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> CreateMessageAsync(string accountSid, HttpContext context)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));
        if (accountSid != AccountSid || context.Request.Headers.Authorization.ToString() != expected)
        {
            return Error(20003, "Authentication Error - invalid username", StatusCodes.Status401Unauthorized);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var to = form["To"].ToString();
        var calls = _calls.AddOrUpdate(to, 1, (_, count) => count + 1);
        if (calls <= FailFirst.GetValueOrDefault(to))
        {
            return Error(20500, "Internal Server Error", StatusCodes.Status500InternalServerError);
        }

        if (string.IsNullOrEmpty(to) || (form["From"].Count == 0 && form["MessagingServiceSid"].Count == 0) || form["Body"].Count == 0)
        {
            return Error(21604, "A 'To' phone number is required.", StatusCodes.Status400BadRequest);
        }

        Received.Enqueue((to, form["From"].ToString(), form["Body"].ToString()));
        var sid = "SM" + Interlocked.Increment(ref _sequence).ToString("D32", CultureInfo.InvariantCulture);
        return Results.Json(
            new Dictionary<string, object?>
            {
                ["sid"] = sid, ["account_sid"] = AccountSid, ["to"] = to, ["from"] = form["From"].ToString(), ["body"] = form["Body"].ToString(),
                ["status"] = "queued", ["num_segments"] = "1", ["direction"] = "outbound-api", ["api_version"] = "2010-04-01",
                ["date_created"] = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture),
                ["uri"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{sid}.json",
            },
            statusCode: StatusCodes.Status201Created);
    }

    private static IResult Error(int code, string message, int status) => Results.Json(
        new { code, message, more_info = $"https://www.twilio.com/docs/errors/{code}", status }, statusCode: status);
}
