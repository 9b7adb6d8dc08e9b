using System.Globalization;

namespace NpsBot.Server.Cli.SeedDemo;

/// <summary>What seed-demo made, counted as it goes: per channel, locale, category, outcome and case state.</summary>
internal sealed class SeedSummary
{
    public int Conversations { get; private set; }
    public int FollowUpResponses { get; private set; }
    public Dictionary<string, int> Channels { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Locales { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Categories { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> CaseStates { get; } = new(StringComparer.Ordinal);

    public void Add(DemoConversation conversation)
    {
        Conversations++;
        Count(Channels, conversation.ChannelId);
        Count(Locales, conversation.Locale);
        Count(Categories, conversation.Category.ToString());
        Count(Outcomes, conversation.Outcome);
        if (conversation.Case is { } demoCase)
        {
            Count(CaseStates, demoCase.State);
            if (demoCase.FollowUpScore is { } score)
            {
                FollowUpResponses++;
                Count(CaseStates, score >= 7 ? "re-surveyed, recovered" : "re-surveyed, not recovered");
            }
        }
    }

    public async Task PrintAsync(TextWriter output, TimeSpan elapsed, int days)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {Conversations:N0} conversations and {FollowUpResponses:N0} follow-up responses in {elapsed.TotalSeconds:F1} s ({Conversations / Math.Max(elapsed.TotalSeconds, 0.001):N0} conversations/s), over the last {days} days."));
        await PrintAsync(output, "channels", Channels);
        await PrintAsync(output, "locales", Locales);
        await PrintAsync(output, "scores", Categories);
        await PrintAsync(output, "outcomes", Outcomes);
        await PrintAsync(output, "cases", CaseStates);
    }

    private static async Task PrintAsync(TextWriter output, string title, Dictionary<string, int> counts) =>
        await output.WriteLineAsync($"  {title}: " + string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:N0}"))));

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
