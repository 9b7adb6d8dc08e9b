using System.Text.Json;
using NpsBot.Recovery.Handoff;

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

    [Theory]
    [InlineData(-0.4588314677411235, -0.459)]
    [InlineData(0.1234, 0.123)]
    [InlineData(1.0, 1.0)]
    public void Sentiments_keep_three_decimals(double sentiment, double kept) => Assert.Equal(kept, HandoffPackage.Rounded(sentiment));
}
