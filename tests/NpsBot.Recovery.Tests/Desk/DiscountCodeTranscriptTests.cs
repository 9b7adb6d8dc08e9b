using NpsBot.Conversations.Definitions;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Desk;
using NpsBot.Recovery.Handoff;
using NpsBot.Recovery.Playbooks;
using NpsBot.Recovery.Tests.Support;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Recovery.Tests.Desk;

/// <summary>
/// The discount-code remedy (price playbook: discount code, callback): a code from the pool is shown and recorded on the
/// case; an empty pool means the remedy is not offered; a pool emptied between the offer and the choice means no promise.
/// </summary>
public sealed class DiscountCodeTranscriptTests
{
    public static TheoryData<string> Locales() => ["en-US", "es-ES", "fr-FR", "de-DE", "pt-BR", "nl-NL"];

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_chosen_discount_code_is_drawn_from_the_pool_shown_and_kept_on_the_case(string locale)
    {
        var pool = new MemoryDiscountCodes("recovery-10", "SAVE-AAA1", "SAVE-BBB2");
        var transcript = new RecoveryTranscript(locale, theme: "price", stores: new RecoveryStores { Codes = pool });
        await transcript.ToThemeQuestionAsync();
        await transcript.SendAsync(RecoveryTranscript.WordingFor(locale).Entry(K.ThemeYes).Variants[0]);

        var replies = await transcript.SendAsync("1");

        var language = locale[..2];
        var expected = TemplateText.Format(
            RecoveryTranscript.Playbooks.Remedies["discount-code"].Confirmation[language],
            new Dictionary<string, string> { ["code"] = "SAVE-AAA1", ["deadline"] = "15:00" });
        Assert.Equal(expected, Assert.Single(replies).Text);
        var supportCase = transcript.Case!;
        Assert.Equal(supportCase.CaseKey, pool.Claimed["SAVE-AAA1"]);
        Assert.Equal("discount-code", supportCase.Remedy);
        Assert.Contains("\"remedyCode\":\"SAVE-AAA1\"", supportCase.PackageJson, StringComparison.Ordinal);
        Assert.Contains(transcript.Events, e => e.Kind == CaseEventKinds.RemedyChosen && e.Detail == "discount-code: SAVE-AAA1");
        Assert.Single(transcript.AllReplies, r => r.Text?.Contains("SAVE-AAA1", StringComparison.Ordinal) == true);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task An_empty_pool_means_the_discount_code_is_not_offered(string locale)
    {
        var transcript = new RecoveryTranscript(locale, theme: "price", stores: new RecoveryStores { Codes = new MemoryDiscountCodes("recovery-10") });
        await transcript.ToThemeQuestionAsync();

        var afterTheme = await transcript.SendAsync(RecoveryTranscript.WordingFor(locale).Entry(K.ThemeYes).Variants[0]);

        var language = locale[..2];
        var titles = afterTheme[1].SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.DoesNotContain(RecoveryTranscript.Playbooks.Remedies["discount-code"].Title[language], titles);
        Assert.Contains(RecoveryTranscript.Playbooks.Remedies["callback"].Title[language], titles);
        Assert.Equal("callback", transcript.Response.RemediesOffered);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public async Task A_pool_emptied_after_the_offer_gives_no_code_and_says_so(string locale)
    {
        var pool = new MemoryDiscountCodes("recovery-10", "LAST-ONE");
        var transcript = new RecoveryTranscript(locale, theme: "price", stores: new RecoveryStores { Codes = pool });
        await transcript.ToThemeQuestionAsync();
        await transcript.SendAsync(RecoveryTranscript.WordingFor(locale).Entry(K.ThemeYes).Variants[0]);
        pool.Apply(new DiscountCodeClaim("recovery-10", "LAST-ONE", "someone-else", DateTimeOffset.UnixEpoch));

        var replies = await transcript.SendAsync("1");

        var words = RecoveryTranscript.WordingFor(locale);
        Assert.Equal(words.Entry(K.RemedyUnavailable).Variants[0], replies[0].Text);
        Assert.DoesNotContain(replies, r => r.Text?.Contains("LAST-ONE", StringComparison.Ordinal) == true);
        Assert.Equal("none", transcript.Response.Remedy);
        Assert.Contains(transcript.Events, e => e.Kind == CaseEventKinds.RemedyUnavailable);
        Assert.DoesNotContain(transcript.Events, e => e.Kind == CaseEventKinds.RemedyChosen && e.Detail!.StartsWith("discount-code", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_package_holds_the_customers_earlier_surveys_and_cases_and_the_sentiment_of_each_answer()
    {
        var earlier = new CustomerPast(
            [new EarlierSurvey(new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero), 4, "delivery", "completed")],
            [new EarlierCase("case-old", new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero), 4, "delivery", CaseStatus.Resolved, new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero))]);
        var records = new FixedCustomerRecords(earlier);
        var transcript = new RecoveryTranscript(stores: new RecoveryStores { CustomerRecords = records });
        await transcript.JoinAsync();
        await transcript.SendAsync("2");
        await transcript.SendAsync("The parcel was late again and it is terrible");

        await transcript.SendAsync("I want to talk to a person, this is awful");

        var response = transcript.Response;
        var package = HandoffPackage.Of(transcript.Case!, new NpsBot.Recovery.Agents.DeskResponse(response.Reason, response.FollowUpAnswer, response.ConfirmedTheme, response.ThemeGuess))!;
        Assert.Equal(earlier.Surveys, package.EarlierSurveys);
        Assert.Equal(earlier.Cases, package.EarlierCases);
        Assert.Equal(2, package.SentimentOverTurns.Count);
        Assert.All(package.SentimentOverTurns, s => Assert.True(s < 0, $"sentiment {s} of a complaint"));
        Assert.Equal((2, "asked-for-person"), (package.Score, package.HandoffReason));
        Assert.NotNull(package.Reason);
        Assert.Equal(response.Reason, package.Reason);
        Assert.All(records.Asked, asked => Assert.Equal(("customer-42", transcript.Response.ResponseKey), asked));
    }
}
