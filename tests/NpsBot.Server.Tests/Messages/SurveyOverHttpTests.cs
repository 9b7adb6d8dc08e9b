using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Stores;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Server.Tests.Messages;

public sealed class SurveyOverHttpTests : IAsyncDisposable
{
    private readonly ServerFactory _server = new();

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    private BotClient Customer(string conversation, string locale = "en-US", string? name = null) =>
        new(_server.CreateClient(), conversation, locale, name);

    private async Task<IReadOnlyList<NpsBot.Surveys.Survey.SurveyResponse>> ResponsesAsync() =>
        await _server.Services.GetRequiredService<ResponseQueries>().LatestAsync(100, TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_detractor_is_greeted_by_name_asked_why_confirms_the_theme_and_picks_a_remedy_without_hearing_their_words_back()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = Customer("detractor-1", name: "Ana Souza");

        var greeting = await customer.JoinAsync(ct);
        var afterScore = await customer.SendAsync("3", ct);
        var afterReason = await customer.SendAsync("my parcel was two weeks late", ct);
        var afterFollowUp = await customer.SendAsync("about ten days, and it is the second time", ct);
        var afterTheme = await customer.SendAsync("yes", ct);
        var afterRemedy = await customer.SendAsync("1", ct);

        Assert.Contains("Ana", BotClient.Text(greeting));
        var question = greeting[^1];
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
        Assert.Equal(Enumerable.Range(0, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.EndsWith("?", afterScore[^1].Text);
        Assert.Contains("late", BotClient.Text(afterReason), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the delivery", BotClient.Text(afterFollowUp));
        Assert.Contains("Ana", afterTheme[0].Text);
        Assert.DoesNotContain("two weeks", BotClient.Text(afterTheme));
        Assert.Contains("replacement", BotClient.Text(afterRemedy));
        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal(3, response.Score);
        Assert.Equal(NpsCategory.Detractor, response.Category);
        Assert.Equal("my parcel was two weeks late", response.Reason);
        Assert.Equal("about ten days, and it is the second time", response.FollowUpAnswer);
        Assert.False(response.WantsContact);
        Assert.Equal(("delivery", "delivery", false), (response.ConfirmedTheme, response.ThemeGuess, response.ThemeChanged));
        Assert.Equal("reship", response.Remedy);
        Assert.NotNull(response.CaseKey);
        Assert.Equal("emulator", response.ChannelId);
        Assert.Equal("completed", response.Outcome);
    }

    [Fact]
    public async Task A_passive_is_asked_what_would_make_it_a_ten()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = Customer("passive-1");

        await customer.JoinAsync(ct);
        var afterScore = await customer.SendAsync("8", ct);
        var afterAnswer = await customer.SendAsync("faster support replies", ct);

        Assert.Contains("10", BotClient.Text(afterScore));
        Assert.NotEmpty(afterAnswer);
        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal(NpsCategory.Passive, response.Category);
        Assert.Equal("faster support replies", response.Reason);
    }

    [Fact]
    public async Task A_promoter_is_invited_to_review_only_after_saying_what_they_like()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = Customer("promoter-1");

        await customer.JoinAsync(ct);
        var afterScore = await customer.SendAsync("10", ct);
        var afterAnswer = await customer.SendAsync("the friendly staff", ct);

        Assert.DoesNotContain("http", BotClient.Text(afterScore));
        Assert.Contains("http", BotClient.Text(afterAnswer));
        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal(NpsCategory.Promoter, response.Category);
    }

    [Fact]
    public async Task A_spanish_customer_gets_the_survey_in_spanish()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = Customer("es-1", locale: "es-MX");

        var greeting = await customer.JoinAsync(ct);

        Assert.Contains("del 0 al 10", BotClient.Text(greeting), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_same_activity_sent_twice_is_answered_the_same_and_stored_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = Customer("dup-1");
        await customer.JoinAsync(ct);
        await customer.SendAsync("9", ct);
        var last = customer.Activity(ActivityTypes.Message) with { Text = "everything" };

        var first = await customer.PostAsync(last, ct);
        var again = await customer.PostAsync(last, ct);

        Assert.Equal(BotClient.Text(first), BotClient.Text(again));
        Assert.Single(await ResponsesAsync());
        var transcript = await _server.Services.GetRequiredService<ResponseQueries>().TranscriptAsync(ConversationKeys.For(KeySpaces.BotFramework, "emulator", "dup-1"), ct);
        Assert.Single(transcript, entry => entry.Direction == "in" && entry.Text == "everything");
    }

    [Fact]
    public async Task Two_messages_of_one_conversation_sent_at_once_are_both_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = Customer("race-1");
        await customer.JoinAsync(ct);
        await customer.SendAsync("8", ct);

        await Task.WhenAll(customer.SendAsync("better prices", ct), customer.SendAsync("and more colours", ct));

        var transcript = await _server.Services.GetRequiredService<ResponseQueries>().TranscriptAsync(ConversationKeys.For(KeySpaces.BotFramework, "emulator", "race-1"), ct);
        Assert.Contains(transcript, entry => entry.Text == "better prices");
        Assert.Contains(transcript, entry => entry.Text == "and more colours");
        var response = Assert.Single(await ResponsesAsync());
        Assert.True(response.Reason is "better prices" or "and more colours");
    }

    [Fact]
    public async Task A_score_read_from_words_is_read_back_and_can_be_corrected()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = Customer("words-1");
        await customer.JoinAsync(ct);

        var afterWords = await customer.SendAsync("I'd say a solid eight", ct);
        var afterCorrection = await customer.SendAsync("actually make it a 7", ct);
        var afterYes = await customer.SendAsync("yes", ct);
        await customer.SendAsync("more colours", ct);

        Assert.Contains("8 out of 10", BotClient.Text(afterWords));
        Assert.Contains("from 8 to 7", BotClient.Text(afterCorrection));
        Assert.Contains("7", BotClient.Text(afterYes));
        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal(7, response.Score);
        Assert.Equal(NpsCategory.Passive, response.Category);
    }

    [Fact]
    public async Task A_bare_number_is_not_read_back_and_an_order_number_is_not_taken_for_a_score()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = Customer("words-2");
        await customer.JoinAsync(ct);

        var afterOrderNumber = await customer.SendAsync("order #4521 never came", ct);
        var afterDigit = await customer.SendAsync("2", ct);

        Assert.Equal(InputHints.ExpectingInput, afterOrderNumber[^1].InputHint);
        Assert.DoesNotContain("out of 10", BotClient.Text(afterDigit));
        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal((2, "in-progress"), (response.Score, response.Outcome));
    }

    [Fact]
    public async Task A_detractors_complaint_is_stored_with_its_theme_and_sentiment_and_the_transcript_is_redacted()
    {
        var ct = TestContext.Current.CancellationToken;
        var customer = Customer("theme-1");
        await customer.JoinAsync(ct);
        await customer.SendAsync("1", ct);

        await customer.SendAsync("I was charged twice on my invoice, write to me at ana@example.com", ct);
        await customer.SendAsync("two weeks ago", ct);

        var response = Assert.Single(await ResponsesAsync());
        Assert.Equal("billing", response.Theme);
        Assert.Equal("I was charged twice on my invoice, write to me at [email]", response.Reason);
        Assert.InRange(response.ThemeConfidence!.Value, 0.0, 1.0);
        Assert.True(response.Sentiment < 0.5);
        var transcript = await _server.Services.GetRequiredService<ResponseQueries>().TranscriptAsync(ConversationKeys.For(KeySpaces.BotFramework, "emulator", "theme-1"), ct);
        Assert.DoesNotContain(transcript, entry => entry.Text?.Contains("ana@example.com", StringComparison.Ordinal) == true);
        Assert.Contains(transcript, entry => entry.Text?.Contains("[email]", StringComparison.Ordinal) == true);
    }
}
