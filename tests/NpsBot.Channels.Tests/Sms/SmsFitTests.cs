using NpsBot.Channels.Sms;
using NpsBot.Channels.Sms.Budget;

namespace NpsBot.Channels.Tests.Sms;

/// <summary>
/// A message over its segment budget: choices compacted first, then cut at a word with "...", never a link, a code or
/// a deadline, and never dropped.
/// </summary>
public sealed class SmsFitTests
{
    [Fact]
    public void A_message_within_the_budget_is_sent_as_written()
    {
        var text = new string('a', 160);

        var fitted = SmsFit.Fit(text, 1);

        Assert.Equal((text, SmsFitting.AsWritten, 1), (fitted.Text, fitted.Fitting, fitted.Segments));
    }

    [Fact]
    public void Numbered_choices_go_on_one_line_before_any_word_is_cut()
    {
        var text = "Did I get that right? It sounds like the main issue was the delivery of your order this time round, sadly enough.\n"
            + "1. Yes, that's it\n2. Not quite\n3. Something else";
        Assert.Equal(2, SmsSegments.Count(text));

        var fitted = SmsFit.Fit(text, 1);

        Assert.Equal(SmsFitting.CompactChoices, fitted.Fitting);
        Assert.Equal(
            "Did I get that right? It sounds like the main issue was the delivery of your order this time round, sadly enough.\n1=Yes, that's it 2=Not quite 3=Something else",
            fitted.Text);
        Assert.Equal(1, fitted.Segments);
    }

    [Theory]
    [InlineData(1, 160)]
    [InlineData(2, 306)]
    public void A_long_gsm7_text_is_cut_at_a_word_with_an_ellipsis_within_the_budget(int budget, int limit)
    {
        var text = string.Join(' ', Enumerable.Repeat("thanks", 80)); // 559 characters

        var fitted = SmsFit.Fit(text, budget);

        Assert.Equal(SmsFitting.Shortened, fitted.Fitting);
        Assert.EndsWith("thanks...", fitted.Text, StringComparison.Ordinal);
        Assert.InRange(fitted.Text.Length, limit - 7, limit);
        Assert.Equal(budget, fitted.Segments);
    }

    [Fact]
    public void A_ucs2_text_is_cut_to_70_units_for_one_segment()
    {
        var text = string.Join(' ', Enumerable.Repeat("спасибо", 20));

        var fitted = SmsFit.Fit(text, 1);

        Assert.Equal(SmsFitting.Shortened, fitted.Fitting);
        Assert.InRange(fitted.Text.Length, 60, 70);
        Assert.StartsWith(fitted.Text[..^3], text, StringComparison.Ordinal);
        Assert.EndsWith("спасибо...", fitted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_discount_code_and_deadline_after_the_cut_are_kept_and_the_flourish_words_dropped()
    {
        var text = "We are truly sorry about how this went, and we appreciate your patience with us while we look into it. "
            + "Here is your 10% discount code: SORRY-X7K2. It is also on your case, and our team will reply here by Monday 09:00.";

        var fitted = SmsFit.Fit(text, 1);

        Assert.Equal(SmsFitting.MustKeepCondensed, fitted.Fitting);
        Assert.Equal(1, fitted.Segments);
        Assert.StartsWith("We are truly sorry", fitted.Text, StringComparison.Ordinal);
        Assert.Contains("SORRY-X7K2.", fitted.Text, StringComparison.Ordinal);
        Assert.EndsWith("Monday 09:00.", fitted.Text, StringComparison.Ordinal);
        Assert.Contains("10%", fitted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_is_never_cut()
    {
        var link = "https://example.com/returns/label?case=c-0001&token=abcdefabcdef0123456789";
        var text = "Print your returns label from this page and drop the parcel at any post office near you within two weeks: " + link;

        var fitted = SmsFit.Fit(text, 1);

        Assert.EndsWith(link, fitted.Text, StringComparison.Ordinal);
        Assert.Contains("...", fitted.Text, StringComparison.Ordinal);
        Assert.Equal(1, fitted.Segments);
    }

    [Fact]
    public void Must_keep_words_longer_than_the_budget_are_sent_whole_over_it_and_say_so()
    {
        var link = "https://example.com/" + new string('x', 170);
        var text = "Your label: " + link;

        var fitted = SmsFit.Fit(text, 1);

        Assert.Equal(SmsFitting.OverBudget, fitted.Fitting);
        Assert.Equal(link, fitted.Text);
        Assert.Equal(2, fitted.Segments);
    }

    [Fact]
    public void A_french_deadline_keeps_its_weekday_and_month()
    {
        var text = "Quelqu'un de notre service client vous répondra ici avant lundi 7 décembre 09:00. "
            + "Merci encore pour votre patience et pour le temps que vous avez pris pour nous répondre aujourd'hui.";

        var fitted = SmsFit.Fit(text, 1);

        Assert.Equal(1, fitted.Segments);
        Assert.Contains("lundi 7 décembre 09:00", fitted.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_choices_are_kept_whole_when_the_question_is_shortened()
    {
        var question = string.Join(' ', Enumerable.Repeat("Which of these is closest to what happened?", 4));
        var text = question + "\n1. Late delivery\n2. Damaged item\n3. Something else";

        var fitted = SmsFit.Fit(text, 1);

        Assert.EndsWith("...\n1=Late delivery 2=Damaged item 3=Something else", fitted.Text, StringComparison.Ordinal);
        Assert.Equal(1, fitted.Segments);
    }
}
