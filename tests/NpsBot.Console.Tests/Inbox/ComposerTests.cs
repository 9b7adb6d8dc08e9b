using Bunit;
using NpsBot.Console.Inbox;
using static NpsBot.Console.Tests.Inbox.Entries;

namespace NpsBot.Console.Tests.Inbox;

public sealed class ComposerTests : ConsoleTestContext
{
    private const string Suggestion = "I'm sorry about the delay; I can send a replacement today.";

    [Fact]
    public void The_suggested_reply_is_marked_as_a_suggestion_and_nothing_is_sent_without_a_click()
    {
        var sent = new List<string>();
        var composer = Render<Composer>(p => p.Add(c => c.Enabled, true).Add(c => c.CanNote, true)
            .Add(c => c.SuggestedReply, Suggestion).Add(c => c.OnSend, (string t) => sent.Add(t)));

        var suggestion = composer.Find("aside.suggestion");
        Assert.Equal("Suggested reply", suggestion.GetAttribute("aria-label"));
        Assert.Contains("Suggestion — not sent", suggestion.TextContent, StringComparison.Ordinal);
        Assert.Contains(Suggestion, suggestion.TextContent, StringComparison.Ordinal);
        Assert.Equal("", composer.Find("textarea[data-composer]").GetAttribute("value") ?? "");
        Assert.Empty(sent);

        // Using it only fills the box, where the agent can edit it; the Send button sends what the box says.
        composer.Find("button[data-use-suggestion]").Click();
        Assert.Empty(sent);
        Assert.Equal(Suggestion, composer.Find("textarea[data-composer]").GetAttribute("value"));
        composer.Find("textarea[data-composer]").Input(Suggestion + " Kind regards, Ana");
        composer.Find("button[data-send]").Click();

        Assert.Equal([Suggestion + " Kind regards, Ana"], sent);
    }

    [Fact]
    public void Send_is_on_before_the_typed_text_reaches_the_server_and_an_empty_box_sends_nothing()
    {
        var sent = new List<string>();
        var composer = Render<Composer>(p => p.Add(c => c.Enabled, true).Add(c => c.OnSend, (string t) => sent.Add(t)));

        // Enter clicks Send right after the last keystroke: a button still disabled from the empty render would drop it.
        Assert.False(composer.Find("button[data-send]").HasAttribute("disabled"));
        composer.Find("button[data-send]").Click();
        Assert.Empty(sent);

        composer.Find("textarea[data-composer]").Input("  ");
        composer.Find("button[data-send]").Click();
        Assert.Empty(sent);

        composer.Find("textarea[data-composer]").Input("I'm looking into it now.");
        composer.Find("button[data-send]").Click();
        Assert.Equal(["I'm looking into it now."], sent);
        Assert.Equal("", composer.Find("textarea[data-composer]").GetAttribute("value") ?? "");
    }

    [Fact]
    public void While_watching_the_composer_is_off()
    {
        var composer = Render<Composer>(p => p.Add(c => c.Enabled, false).Add(c => c.CanNote, true).Add(c => c.SuggestedReply, Suggestion));

        Assert.True(composer.Find("textarea[data-composer]").HasAttribute("disabled"));
        Assert.True(composer.Find("button[data-send]").HasAttribute("disabled"));
        Assert.Empty(composer.FindAll("aside.suggestion"));
    }

    [Fact]
    public void The_transcript_shows_who_spoke_in_words_and_notes_in_their_own_style()
    {
        var detail = Detail(Case("a"));
        var transcript = Render<TranscriptView>(p => p.Add(t => t.Lines, detail.Transcript).Add(t => t.CustomerTyping, true));

        var bubbles = transcript.FindAll("li.bubble");
        Assert.Equal(["bubble bubble-bot", "bubble bubble-customer", "bubble bubble-note"], bubbles.Select(b => b.ClassName).ToList());
        Assert.Equal(["Bot", "Customer", "Internal note by Ana"], bubbles.Select(b => b.QuerySelector(".bubble-who")!.TextContent).ToList());
        Assert.Equal("The customer is typing…", transcript.Find(".typing").TextContent);
    }
}
