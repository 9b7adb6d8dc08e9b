using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Playbooks;
using NpsBot.Server.Cli;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;
using NpsBot.Storage.Stores;

namespace NpsBot.Server.Tests.Recovery;

/// <summary>
/// Discount codes on a real SQLite file: imported from CSV by the `discount-codes` verb, each handed to one case in the
/// turn that gives it, and not offered at all once the pool is empty.
/// </summary>
public sealed class DiscountCodesOverHttpTests : IAsyncLifetime
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));
    private readonly ServerFactory _server;
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"npsbot-codes-{Guid.NewGuid():N}.csv");

    public DiscountCodesOverHttpTests() => _server = new ServerFactory(clock: _clock);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeWithDataAsync();
        File.Delete(_csv);
    }

    [Fact]
    public async Task The_verb_imports_a_csv_once_and_refuses_a_remedy_without_a_pool()
    {
        await File.WriteAllTextAsync(_csv, "code,note\nSAVE-0001,first\n\"SAVE-0002\",second\nSAVE-0001,again\n", Ct);
        var verb = Verb();
        var output = new StringWriter();
        var error = new StringWriter();

        var first = await verb.RunAsync(["discount-codes", "import", "--remedy", "discount-code", _csv], output, error, Ct);
        var again = await verb.RunAsync(["discount-codes", "import", "--remedy", "discount-code", _csv], output, error, Ct);
        var wrong = await verb.RunAsync(["discount-codes", "import", "--remedy", "reship", _csv], output, error, Ct);

        Assert.Equal((0, 0, 2), (first, again, wrong));
        Assert.Contains("Imported 2 new code(s) of 3 into pool recovery-10", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Imported 0 new code(s)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--remedy: 'reship'", error.ToString(), StringComparison.Ordinal);
        Assert.Equal((2, 0), await _server.Services.GetRequiredService<DiscountCodePoolStore>().CountAsync("recovery-10", Ct));
    }

    [Fact]
    public async Task A_csv_without_a_code_column_is_refused_naming_the_column()
    {
        await File.WriteAllTextAsync(_csv, "voucher\nSAVE-0001\n", Ct);
        var error = new StringWriter();

        var exit = await Verb().RunAsync(["discount-codes", "import", "--remedy", "discount-code", _csv], new StringWriter(), error, Ct);

        Assert.Equal(2, exit);
        Assert.Contains("'code' column", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_code_goes_to_one_customer_and_the_next_is_not_offered_a_discount()
    {
        await File.WriteAllTextAsync(_csv, "code\nONLY-ONE-7\n", Ct);
        Assert.Equal(0, await Verb().RunAsync(["discount-codes", "import", "--remedy", "discount-code", _csv], new StringWriter(), new StringWriter(), Ct));

        var (firstOffer, firstChoice) = await PriceComplaintAsync("price-1", "1");
        var (secondOffer, _) = await PriceComplaintAsync("price-2", null);

        Assert.Contains("A 10% discount code", Titles(firstOffer));
        Assert.Contains("ONLY-ONE-7", BotClient.Text(firstChoice), StringComparison.Ordinal);
        Assert.DoesNotContain("A 10% discount code", Titles(secondOffer));
        Assert.Contains("Talk to a person", Titles(secondOffer));
        await using var context = await ContextAsync();
        var code = await context.DiscountCodes.SingleAsync(Ct);
        var supportCase = await context.Cases.SingleAsync(c => c.CaseKey == code.CaseKey, Ct);
        Assert.Contains("price-1", supportCase.ConversationKey, StringComparison.Ordinal);
        Assert.Equal("discount-code", supportCase.Remedy);
        Assert.Contains("ONLY-ONE-7", supportCase.PackageJson, StringComparison.Ordinal);
        Assert.Contains(await context.CaseEvents.Where(e => e.CaseId == supportCase.Id).Select(e => e.Detail).ToListAsync(Ct), d => d == "discount-code: ONLY-ONE-7");
    }

    /// <summary>A price complaint up to the remedy question (the theme picked by its label), then the choice if given.</summary>
    private async Task<(IReadOnlyList<NpsBot.Conversations.Activities.Activity> Offer, IReadOnlyList<NpsBot.Conversations.Activities.Activity> Choice)> PriceComplaintAsync(
        string conversation, string? choice)
    {
        var customer = new BotClient(_server.CreateClient(), conversation, "en-US");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("3", Ct);
        await customer.SendAsync("far too expensive for what you get", Ct);
        var themeQuestion = await customer.SendAsync("the prices overall", Ct);
        var yes = themeQuestion[^1].SuggestedActions!.Actions.Any(a => a.Title == "Price") ? "Price" : "Yes";
        var offer = await customer.SendAsync(yes, Ct);
        var chosen = choice is null ? [] : await customer.SendAsync(choice, Ct);
        return (offer, chosen);
    }

    private static List<string?> Titles(IReadOnlyList<NpsBot.Conversations.Activities.Activity> replies) =>
        [.. replies.SelectMany(r => r.SuggestedActions?.Actions ?? []).Select(a => a.Title)];

    private DiscountCodesVerb Verb() => new(_server.Services.GetRequiredService<PlaybookCatalog>(), _server.Services.GetRequiredService<DiscountCodePoolStore>());

    private async Task<NpsBotDbContext> ContextAsync() =>
        await _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
}
