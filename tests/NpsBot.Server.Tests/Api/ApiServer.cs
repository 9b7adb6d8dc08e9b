using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;
using NpsBot.Storage.Entities;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Server.Tests.Api;

/// <summary>The whole server on its own data folder, with helpers to seed responses and cases and to call the API with a key.</summary>
public sealed class ApiServer : IAsyncDisposable
{
    public ApiServer(IReadOnlyDictionary<string, string?>? settings = null) => Factory = new ServerFactory(settings: settings);

    public ServerFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<string> KeyAsync(ApiKeyScope scope) =>
        (await Services.GetRequiredService<IApiKeys>().CreateAsync($"test {scope}", scope, Ct)).Key;

    public HttpClient Client(string? key = null, bool bearer = true)
    {
        var client = Factory.CreateClient();
        if (key is not null && bearer)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        else if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    public async Task<NpsBotDbContext> ContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);

    /// <summary>Scores in order, a day apart from 1 Dec 2026, on webchat/en; detractors get a case assigned to "ana".</summary>
    public async Task SeedAsync(params int[] scores)
    {
        await using var context = await ContextAsync();
        var start = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < scores.Length; i++)
        {
            var key = $"r{i + 1}";
            var at = start.AddDays(i);
            context.SurveyResponses.Add(new SurveyResponseRecord
            {
                ResponseKey = key, ConversationKey = $"conv-{key}", ChannelId = "webchat", Locale = "en", Score = scores[i],
                Category = new NpsScore(scores[i]).Category, Reason = scores[i] <= 6 ? "=HYPERLINK(\"x\") late, card [card]" : null,
                Theme = "delivery", ThemeGuess = "delivery", Outcome = "completed", StartedAt = at, UpdatedAt = at, CompletedAt = at,
                CustomerName = "Secret Name",
            });
            if (scores[i] <= 6)
            {
                context.Cases.Add(new CaseRecord
                {
                    CaseKey = $"case-{key}", ResponseKey = key, ConversationKey = $"conv-{key}", ChannelId = "webchat", Status = "open",
                    Assignee = "ana", OpenedAt = at, FirstContactDue = at.AddHours(1), ResolutionDue = at.AddDays(2), UpdatedAt = at,
                });
            }
        }

        await context.SaveChangesAsync(Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeWithDataAsync();
    }
}
