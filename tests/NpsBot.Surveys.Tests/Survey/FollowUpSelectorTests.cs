using NpsBot.Surveys.Survey;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class FollowUpSelectorTests
{
    [Theory]
    [InlineData("my parcel was LATE", "delivery")]
    [InlineData("demasiado caro", "price")]
    [InlineData("la cajera fue muy grosera", "staff")]
    [InlineData("the atención was bad", "staff")]
    public void The_rule_with_most_keyword_hits_wins_in_any_language(string reason, string concern)
    {
        var rule = FollowUpSelector.Select(SurveyTranscript.Definitions.Survey, reason);

        Assert.Equal(concern, rule?.Concern);
    }

    [Fact]
    public void Words_inside_other_words_do_not_count_and_no_match_asks_the_default()
    {
        var survey = SurveyTranscript.Definitions.Survey;

        var key = FollowUpSelector.QuestionKeyFor(survey, "chocolate is lateral thinking");

        Assert.Equal(survey.DefaultFollowUpKey, key);
    }

    [Fact]
    public void A_changed_definition_is_matched_with_its_own_keywords()
    {
        var survey = SurveyTranscript.Definitions.Survey;
        Assert.Equal("delivery", FollowUpSelector.Select(survey, "my parcel was late")?.Concern);
        var delivery = survey.FollowUps.Single(rule => rule.Concern == "delivery");
        var changed = survey with
        {
            FollowUps = [delivery with { Keywords = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["courier"] } }],
        };

        Assert.Null(FollowUpSelector.Select(changed, "my parcel was late"));
        Assert.Equal("delivery", FollowUpSelector.Select(changed, "the Courier never came")?.Concern);
    }

    [Fact]
    public void Each_distinct_keyword_that_matches_counts_once_and_the_first_rule_wins_a_tie()
    {
        var survey = SurveyTranscript.Definitions.Survey;
        var first = new NpsBot.Conversations.Definitions.FollowUpRule("first", "q1", new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["late", "slow"], ["fr"] = ["late"] });
        var second = new NpsBot.Conversations.Definitions.FollowUpRule("second", "q2", new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["late", "rude"] });
        var third = new NpsBot.Conversations.Definitions.FollowUpRule("third", "q3", new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["late", "slow", "rude"] });

        Assert.Equal("first", FollowUpSelector.Select(survey with { FollowUps = [first, second] }, "it was late")?.Concern);
        Assert.Equal("second", FollowUpSelector.Select(survey with { FollowUps = [second, first] }, "it was late")?.Concern);
        Assert.Equal("second", FollowUpSelector.Select(survey with { FollowUps = [first, second] }, "late and rude")?.Concern);
        Assert.Equal("third", FollowUpSelector.Select(survey with { FollowUps = [first, second, third] }, "late, slow and rude")?.Concern);
    }
}
