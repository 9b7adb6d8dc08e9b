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
}
