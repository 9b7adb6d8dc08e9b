using Bunit;
using NpsBot.Console.Inbox;
using NpsBot.Recovery.Agents;
using static NpsBot.Console.Tests.Inbox.Entries;

namespace NpsBot.Console.Tests.Inbox;

public sealed class QueuePaneTests : ConsoleTestContext
{
    [Fact]
    public void Rows_are_sorted_by_priority_then_by_time_left()
    {
        QueueEntry[] entries =
        [
            Case("low-soon", priority: 1, firstContactIn: TimeSpan.FromMinutes(5)),
            Case("high-late", priority: 5, firstContactIn: TimeSpan.FromMinutes(55)),
            Case("high-soon", priority: 5, firstContactIn: TimeSpan.FromMinutes(20)),
            Case("mid", priority: 3, firstContactIn: TimeSpan.FromMinutes(1)),
        ];

        var queue = Render<QueuePane>(p => p.Add(q => q.Entries, entries).Add(q => q.AgentId, "me").Add(q => q.Now, Now).Add(q => q.View, QueueView.All));

        var order = queue.FindAll("button.queue-row").Select(row => row.GetAttribute("data-case")).ToList();
        Assert.Equal(["high-soon", "high-late", "mid", "low-soon"], order);
    }

    [Fact]
    public void Tabs_show_their_counts_and_each_tab_shows_only_its_rows()
    {
        QueueEntry[] entries = [Case("a", assigneeId: "me"), Case("b"), Case("c"), Case("d", assigneeId: "someone-else")];

        var queue = Render<QueuePane>(p => p.Add(q => q.Entries, entries).Add(q => q.AgentId, "me").Add(q => q.Now, Now).Add(q => q.View, QueueView.Unassigned));

        var counts = queue.FindAll("[role=tab]").ToDictionary(tab => tab.GetAttribute("data-view")!, tab => tab.QuerySelector(".queue-count")!.TextContent);
        Assert.Equal("1", counts["Mine"]);
        Assert.Equal("2", counts["Unassigned"]);
        Assert.Equal("4", counts["All"]);
        Assert.Equal(["b", "c"], queue.FindAll("button.queue-row").Select(row => row.GetAttribute("data-case")).ToList());

        queue.Render(p => p.Add(q => q.View, QueueView.Mine));
        Assert.Equal(["a"], queue.FindAll("button.queue-row").Select(row => row.GetAttribute("data-case")).ToList());
    }

    [Theory]
    [InlineData(50, "first reply in 50 min", "OnTrack")]
    [InlineData(12, "first reply in 12 min", "Soon")]
    [InlineData(-5, "first reply overdue 5 min", "Overdue")]
    public void The_countdown_says_the_time_left_in_words_and_turns_amber_then_red(int minutes, string text, string level)
    {
        var queue = Render<QueuePane>(p => p
            .Add(q => q.Entries, [Case("a", firstContactIn: TimeSpan.FromMinutes(minutes))])
            .Add(q => q.AgentId, "me").Add(q => q.Now, Now).Add(q => q.View, QueueView.All));

        var sla = queue.Find(".sla");
        Assert.Contains(text, sla.TextContent, StringComparison.Ordinal);
        Assert.Equal(level, sla.GetAttribute("data-sla"));
        Assert.Contains($"sla-{level.ToLowerInvariant()}", sla.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_shows_customer_channel_score_band_theme_and_escalation_in_words()
    {
        var queue = Render<QueuePane>(p => p
            .Add(q => q.Entries, [Case("a", customer: "Ana Lima", score: 2, theme: "delivery", escalation: ["legal"])])
            .Add(q => q.AgentId, "me").Add(q => q.Now, Now).Add(q => q.View, QueueView.All));

        var row = queue.Find("button.queue-row");
        Assert.Contains("Ana Lima", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Web chat", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 · detractor", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("delivery", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("legal", row.QuerySelector(".escalation-badge")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Clicking_a_row_selects_its_case()
    {
        string? selected = null;
        var queue = Render<QueuePane>(p => p
            .Add(q => q.Entries, [Case("a"), Case("b", priority: 9)])
            .Add(q => q.AgentId, "me").Add(q => q.Now, Now).Add(q => q.View, QueueView.All)
            .Add(q => q.OnSelect, (string key) => selected = key));

        queue.Find("button.queue-row[data-case=a]").Click();

        Assert.Equal("a", selected);
    }
}
