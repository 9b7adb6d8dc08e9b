using System.Text.Json;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Handoff;
using NpsBot.Surveys.Survey;

namespace NpsBot.Recovery.Tests.Handoff;

/// <summary>
/// The package as a case stores it (issue 13, disk): nulls and empty lists left out, and read back as the same package;
/// a package stored in full by an earlier version still reads.
/// </summary>
public sealed class HandoffPackageJsonTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Nulls_and_empty_lists_are_left_out_and_read_back_as_they_were()
    {
        var package = new HandoffPackage { Score = 3, Theme = "billing", Reason = "charged twice", FirstContactDue = Due, ResolutionDue = Due.AddDays(7) };

        var json = JsonSerializer.Serialize(package, HandoffPackage.Json);
        var read = JsonSerializer.Deserialize<HandoffPackage>(json, HandoffPackage.Json)!;

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
        Assert.Equal((3, "billing", "charged twice", Due), (read.Score, read.Theme, read.Reason, read.FirstContactDue));
        Assert.Empty(read.RemediesOffered);
        Assert.Empty(read.SentimentOverTurns);
        Assert.Empty(read.EarlierSurveys);
        Assert.Null(read.Remedy);
    }

    [Fact]
    public void Lists_with_items_are_kept()
    {
        var package = new HandoffPackage { RemediesOffered = ["refund", "callback"], SentimentOverTurns = [0, -0.459] };

        var read = JsonSerializer.Deserialize<HandoffPackage>(JsonSerializer.Serialize(package, HandoffPackage.Json), HandoffPackage.Json)!;

        Assert.Equal(["refund", "callback"], read.RemediesOffered);
        Assert.Equal([0, -0.459], read.SentimentOverTurns);
    }

    [Fact]
    public void A_package_stored_in_full_by_an_earlier_version_still_reads()
    {
        const string stored = """
            {"score":5,"theme":"billing","themeGuess":"billing","themeChanged":null,"reason":"I was charged twice.","remediesOffered":[],
             "remedy":null,"remedyCode":null,"sentiment":-0.4588314677411235,"sentimentOverTurns":[0,-0.4588314677411235],
             "escalationReasons":[],"handoffReason":"failed-answers","firstContactDue":"2026-12-07T10:00:00+00:00",
             "resolutionDue":"2026-12-14T17:00:00+00:00","customerId":"c-1","locale":"en-US","earlierSurveys":[],"earlierCases":[]}
            """;

        var read = JsonSerializer.Deserialize<HandoffPackage>(stored, HandoffPackage.Json)!;

        Assert.Equal((5, "failed-answers", Due), (read.Score, read.HandoffReason, read.FirstContactDue));
        Assert.Equal(-0.4588314677411235, read.Sentiment);
        Assert.Empty(read.RemediesOffered);
    }

    [Fact]
    public void A_case_stores_its_package_without_what_its_own_columns_hold_and_reads_it_back_whole()
    {
        var package = new HandoffPackage
        {
            Score = 2, Theme = "delivery", ThemeGuess = "delivery", Reason = "late again", FollowUpQuestion = "How late?", FollowUpAnswer = "two weeks", RemediesOffered = ["refund", "callback"], Remedy = "refund",
            RemedyCode = "SAVE-1", Sentiment = -0.5, EscalationReasons = ["low-score"], HandoffReason = "asked-for-person",
            FirstContactDue = Due, ResolutionDue = Due.AddDays(7), CustomerId = "c-1", Locale = "en-US",
        };
        var supportCase = Case(package);

        var json = HandoffPackage.Stored(package, supportCase, Response(package));
        var read = HandoffPackage.Of(supportCase with { PackageJson = json }, Desk(package))!;

        Assert.Equal(["remedyCode", "sentiment"], JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonSerializer.Serialize(package, HandoffPackage.Json), JsonSerializer.Serialize(read, HandoffPackage.Json));
    }

    [Fact]
    public void What_differs_from_the_case_stays_in_the_package()
    {
        var package = new HandoffPackage { Score = 2, Theme = "delivery", Reason = "late again", Remedy = "refund", FirstContactDue = Due, ResolutionDue = Due.AddDays(7) };
        var supportCase = Case(package) with { Theme = "price", Remedy = null, FirstContactDue = Due.AddHours(1) };
        var response = Response(package) with { Reason = "edited since" };

        var read = HandoffPackage.Of(supportCase with { PackageJson = HandoffPackage.Stored(package, supportCase, response) }, null)!;

        Assert.Equal(("delivery", "refund", Due, "late again"), (read.Theme, read.Remedy, read.FirstContactDue, read.Reason));
    }

    [Fact]
    public void A_package_stored_in_full_reads_as_it_was_whatever_the_case_holds_now()
    {
        var package = new HandoffPackage { Score = 2, Remedy = "refund", FirstContactDue = Due, ResolutionDue = Due.AddDays(7) };
        var supportCase = Case(package) with { Remedy = "callback", PackageJson = JsonSerializer.Serialize(package, HandoffPackage.Json) };

        Assert.Equal("refund", HandoffPackage.Of(supportCase, null)!.Remedy);
        Assert.Null(HandoffPackage.Of(supportCase with { PackageJson = null }, null));
    }

    private static SupportCase Case(HandoffPackage package) => new()
    {
        CaseKey = "case-1", ResponseKey = "r-1", ConversationKey = "k-1", ChannelId = "webchat", Status = CaseStatus.Open, Priority = 1,
        Score = package.Score, Theme = package.Theme, CustomerId = package.CustomerId, HandoffReason = package.HandoffReason, Remedy = package.Remedy,
        RemediesOffered = string.Join(',', package.RemediesOffered), EscalationReasons = string.Join(',', package.EscalationReasons),
        OpenedAt = Due.AddDays(-1), FirstContactDue = package.FirstContactDue!.Value, ResolutionDue = package.ResolutionDue!.Value, UpdatedAt = Due.AddDays(-1),
    };

    private static SurveyResponse Response(HandoffPackage package) => new()
    {
        ResponseKey = "r-1", ConversationKey = "k-1", ChannelId = "webchat", Outcome = "completed", StartedAt = Due.AddDays(-1), UpdatedAt = Due.AddDays(-1), Locale = package.Locale, Score = package.Score,
        ThemeGuess = package.ThemeGuess, Reason = package.Reason, FollowUpQuestion = package.FollowUpQuestion, FollowUpAnswer = package.FollowUpAnswer,
    };

    private static DeskResponse Desk(HandoffPackage package) =>
        new(package.Reason, package.FollowUpAnswer, null, package.ThemeGuess) { FollowUpQuestion = package.FollowUpQuestion, Locale = package.Locale };

    [Theory]
    [InlineData(-0.4588314677411235, -0.459)]
    [InlineData(0.1234, 0.123)]
    [InlineData(1.0, 1.0)]
    public void Sentiments_keep_three_decimals(double sentiment, double kept) => Assert.Equal(kept, HandoffPackage.Rounded(sentiment));
}
