using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Integrations;
using NpsBot.Storage;
using NpsBot.Storage.Transcripts;

namespace NpsBot.Server.Tests.Support;

/// <summary>The server with SMS configured against a <see cref="TwilioStandIn"/>, fast work-queue retries, and one API key.</summary>
public sealed class SmsServer : IAsyncDisposable
{
    private SmsServer(TwilioStandIn twilio, ServerFactory server, string apiKey)
    {
        Twilio = twilio;
        Server = server;
        ApiKey = apiKey;
    }

    /// <summary>A read-write REST API key issued by the server for the tests.</summary>
    public string ApiKey { get; }

    public TwilioStandIn Twilio { get; }

    public ServerFactory Server { get; }

    /// <summary>Starts it; quiet hours are off (a window of no length) unless <paramref name="extra"/> sets them.</summary>
    public static async Task<SmsServer> StartAsync(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var twilio = await TwilioStandIn.StartAsync();
        var settings = Settings(twilio);
        settings["WorkQueue:RetryBaseDelay"] = "00:00:00.100";
        settings["WorkQueue:RetryMaxDelay"] = "00:00:00.500";
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[name] = value;
        }

        var server = new ServerFactory(settings: settings);
        var key = await server.Services.GetRequiredService<IApiKeys>().CreateAsync("sms tests", ApiKeyScope.ReadWrite, TestContext.Current.CancellationToken);
        return new SmsServer(twilio, server, key.Key);
    }

    /// <summary>SMS through <paramref name="twilio"/>, quiet hours off, the work queue polled every 100 ms.</summary>
    public static Dictionary<string, string?> Settings(TwilioStandIn twilio) => new()
    {
        ["Proactive:QuietHoursStart"] = "00:00",
        ["Proactive:QuietHoursEnd"] = "00:00",
        ["Twilio:AccountSid"] = TwilioStandIn.AccountSid,
        ["Twilio:AuthToken"] = TwilioStandIn.AuthToken,
        ["Twilio:From"] = TwilioStandIn.From,
        ["Twilio:PublicBaseUrl"] = SmsCustomer.PublicBaseUrl,
        ["Twilio:ApiBaseUrl"] = twilio.BaseUrl,
        ["WorkQueue:PollInterval"] = "00:00:00.100",
    };

    public SmsCustomer Customer(string number) => new(Server.CreateClient(), number);

    public static string ConversationKey(string number) => ConversationKeys.For("sms", "sms", number);

    public async Task<NpsBotDbContext> DatabaseAsync(CancellationToken cancellationToken) =>
        await Server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(cancellationToken);

    /// <summary>The bot's lines to <paramref name="number"/> as the transcript has them, in order.</summary>
    public async Task<IReadOnlyList<string>> OutboundTranscriptAsync(string number, CancellationToken cancellationToken)
    {
        await using var context = await DatabaseAsync(cancellationToken);
        var key = ConversationKey(number);
        return await TranscriptLines.Of(context, key).AsNoTracking()
            .Where(t => t.Direction == "out" && t.Text != null)
            .OrderBy(t => t.Id).Select(t => t.Text!).ToListAsync(cancellationToken);
    }

    /// <summary>Waits (30 s at most) until no sms.send job is left in the queue, pending or running.</summary>
    public async Task WaitForNoPendingSmsAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            await using var context = await DatabaseAsync(timeout.Token);
            if (!await context.WorkItems.AnyAsync(w => w.Kind == "sms.send" && w.State == "pending", timeout.Token))
            {
                return;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeWithDataAsync();
        await Twilio.DisposeAsync();
    }
}
