using Bunit;
using NpsBot.Console.Insights;
using NpsBot.Recovery.Insights;

namespace NpsBot.Console.Tests.Insights;

public sealed class ConversationPageTests : InsightsTestContext
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public ConversationPageTests()
    {
        Insights.View = new ConversationView(
            new ResponseRow { Id = 5, StartedAt = At, ChannelId = "webchat", Locale = "en", Score = 2, Category = "detractor", Reason = "parcel late", Theme = "delivery", Outcome = "completed" },
            [new NpsBot.Recovery.Insights.TranscriptLine(At, "bot", null, "How likely…?"), new NpsBot.Recovery.Insights.TranscriptLine(At.AddMinutes(1), "customer", null, "2, my parcel was late, card [card]")],
            new CaseView("case-5", "resolved", "high", "ana@example.com", "refund", "Late delivery", "Refunded shipping",
                [new CaseEventView(At.AddMinutes(5), "claimed", "ana@example.com", null)]),
            [new ThemeLabelView("delivery", ThemeSources.OfflineModel, "themes-2026-11", "parcel was late", 0.82, At, null, null)]);
    }

    [Fact]
    public void The_transcript_sits_beside_the_response_its_case_and_its_labels_with_their_source()
    {
        Navigation.NavigateTo("/console/responses/5?theme=delivery");

        var page = Render<ConversationPage>(p => p.Add(c => c.Id, 5L));

        Assert.Equal(["bot", "customer"], page.FindAll(".transcript li").Select(li => li.GetAttribute("data-speaker")));
        Assert.Contains("card [card]", page.Find(".transcript").TextContent, StringComparison.Ordinal);
        var label = page.Find("[data-label-source=offline-model]");
        Assert.Contains("offline model (themes-2026-11)", label.TextContent, StringComparison.Ordinal);
        Assert.Contains("“parcel was late”", label.TextContent, StringComparison.Ordinal);
        Assert.Contains("claimed by ana@example.com", page.Find("[data-case]").TextContent, StringComparison.Ordinal);
        Assert.Equal("/console/responses?theme=delivery", page.Find("[data-back]").GetAttribute("href"));
    }

    [Fact]
    public void An_unknown_id_says_it_is_not_found()
    {
        Navigation.NavigateTo("/console/responses/99");

        var page = Render<ConversationPage>(p => p.Add(c => c.Id, 99L));

        Assert.Equal("Conversation not found", page.Find("h1").TextContent);
    }
}
