using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NpsBot.Conversations.Runner;
using NpsBot.Server.Privacy;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;
using NpsBot.Storage.Privacy;

namespace NpsBot.Server.Tests.Privacy;

/// <summary>Issue 7: the raw words are kept encrypted for the agent, readable only with the server's keys, and purged after the retention.</summary>
public sealed class RawTextRetentionTests : IAsyncLifetime
{
    private static readonly string Typed = PersonalData.Sentence("My refund never came");
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly string _data = Path.Combine(Path.GetTempPath(), "npsbot-tests", Guid.NewGuid().ToString("N"));
    private readonly string _otherKeys = Path.Combine(Path.GetTempPath(), "npsbot-tests", Guid.NewGuid().ToString("N"));

    private static string Key => ConversationKeys.For(KeySpaces.BotFramework, "emulator", "raw-1");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        ServerFactory.DeleteData(_data);
        ServerFactory.DeleteData(_otherKeys);
        return ValueTask.CompletedTask;
    }

    private ServerFactory Server() => new(
        _data,
        new Dictionary<string, string?> { ["Privacy:RawTextRetention"] = "30.00:00:00" },
        builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));

    [Fact]
    public async Task The_raw_text_round_trips_for_the_server_and_survives_a_restart_but_not_another_key_ring()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var first = Server())
        {
            var customer = new BotClient(first.CreateClient(), "raw-1");
            await customer.JoinAsync(ct);
            await customer.SendAsync("4", ct);
            await customer.SendAsync(Typed, ct);
        }

        await using var restarted = Server();
        _ = restarted.CreateClient();
        var agent = await restarted.Services.GetRequiredService<RawTranscriptReader>().ReadAsync(Key, ct);
        var stranger = new RawTranscriptReader(
            restarted.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>(),
            new DataProtectionTextProtector(DataProtectionProvider.Create(new DirectoryInfo(_otherKeys))));
        var strangerView = await stranger.ReadAsync(Key, ct);

        var line = Assert.Single(agent, line => line.IsRaw);
        Assert.Equal(Typed, line.Text);
        Assert.DoesNotContain(strangerView, line => line.IsRaw);
        Assert.Empty(strangerView.SelectMany(line => PersonalData.FoundIn(line.Text)));
        Assert.Contains(strangerView, line => line.Text == "My refund never came: card [card], mail [email], phone [phone], iban [iban]");
    }

    [Fact]
    public async Task The_raw_text_is_kept_within_the_retention_and_gone_from_every_file_after_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = Server();
        var customer = new BotClient(server.CreateClient(), "raw-1");
        await customer.JoinAsync(ct);
        await customer.SendAsync("4", ct);
        await customer.SendAsync(Typed, ct);
        var reader = server.Services.GetRequiredService<RawTranscriptReader>();
        var purge = server.Services.GetServices<IHostedService>().OfType<RawTextPurgeService>().Single();
        var ciphertext = await RawTextAsync(server, ct);

        _clock.Advance(TimeSpan.FromDays(29));
        var purgedEarly = await purge.PurgeOnceAsync(ct);
        var withinRetention = await reader.ReadAsync(Key, ct);
        _clock.Advance(TimeSpan.FromDays(2));
        var purged = await purge.PurgeOnceAsync(ct);
        var afterRetention = await reader.ReadAsync(Key, ct);

        Assert.NotNull(ciphertext);
        Assert.Equal(0, purgedEarly);
        Assert.Contains(withinRetention, line => line.IsRaw && line.Text == Typed);
        Assert.Equal(1, purged);
        Assert.DoesNotContain(afterRetention, line => line.IsRaw);
        Assert.Null(await RawTextAsync(server, ct));
        Assert.Empty(DataFolderScan.Find(server.DataDirectory, [ciphertext.Substring(ciphertext.Length / 2, 40), ciphertext[^40..]]));
    }

    private static async Task<string?> RawTextAsync(ServerFactory server, CancellationToken cancellationToken)
    {
        var contexts = server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.TranscriptEntries.Where(line => line.RawText != null).Select(line => line.RawText).SingleOrDefaultAsync(cancellationToken);
    }
}
