using NpsBot.Conversations.Activities;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class NpsSurveyBotPassiveAndPromoterTests
{
    private static readonly Uri ReviewUrl = new("https://reviews.example.org/contoso");

    [Fact]
    public async Task A_passive_is_asked_what_would_make_it_a_ten_and_thanked()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("8").Expect(K.PassiveAskImprovement)
            .Send("Faster shipping").Expect(K.PassiveThanks)
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((8, NpsCategory.Passive, "Faster shipping"), (response.Score, response.Category, response.Reason));
        Assert.Null(response.FollowUpQuestion);
        Assert.Null(response.WantsContact);
    }

    [Fact]
    public async Task A_promoter_is_invited_to_review_only_after_saying_what_they_like()
    {
        var transcript = new SurveyTranscript(options: new SurveyOptions { ReviewUrl = ReviewUrl });

        await transcript
            .Join()
            .Send("10").Expect(K.PromoterThanks, K.PromoterAskLikeMost)
            .Expect(replies => Assert.DoesNotContain(replies, r => r.Text!.Contains(ReviewUrl.AbsoluteUri, StringComparison.Ordinal)))
            .Send("The friendly staff").Expect(K.PromoterInviteReview)
            .RunAsync();

        var invitation = Assert.Single(transcript.LastReplies);
        Assert.Contains(ReviewUrl.AbsoluteUri, invitation.Text, StringComparison.Ordinal);
        var button = Assert.Single(invitation.SuggestedActions!.Actions);
        Assert.Equal(ActionTypes.OpenUrl, button.Type);
        Assert.Equal(ReviewUrl.AbsoluteUri, button.Value!.Value.GetString());
        Assert.Equal(transcript.Wording.Text(K.PromoterReviewButton), button.Title);
        var response = Assert.Single(transcript.Responses);
        Assert.Equal((10, NpsCategory.Promoter, "The friendly staff"), (response.Score, response.Category, response.Reason));
    }

    [Fact]
    public async Task Without_a_configured_link_the_review_placeholder_of_the_definition_is_used()
    {
        var transcript = new SurveyTranscript();

        await transcript.Join().Send("9").Send("Quick delivery").RunAsync();

        var invitation = Assert.Single(transcript.LastReplies);
        Assert.Contains(SurveyTranscript.Definitions.Survey.Review.DefaultUrl, invitation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_company_name_from_options_is_used_in_the_wording()
    {
        var transcript = new SurveyTranscript(options: new SurveyOptions { CompanyName = "Fabrikam" });

        await transcript.Join().RunAsync();

        Assert.Contains("Fabrikam", transcript.LastReplies[1].Text, StringComparison.Ordinal);
    }
}
