using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Server.Tests.Support.Azure;

namespace NpsBot.Server.Tests.Teams;

/// <summary>Issue 11: a Teams customer answers the survey in a personal chat through the authenticated endpoint; groups get one line.</summary>
public sealed class TeamsSurveyTests : IAsyncLifetime
{
    private AuthenticatedServer _bot = null!;
    private string _token = "";

    public async ValueTask InitializeAsync()
    {
        _bot = await AuthenticatedServer.StartAsync();
        _token = TokenMinter.Channel(_bot.Azure.AddChannelKey("msteams"), AuthenticatedServer.AppId, _bot.Azure.ConnectorUrl);
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Installing_in_a_personal_chat_asks_the_score_on_a_card_whose_submit_is_answered_and_replaced_by_the_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var install = _bot.Message(conversation, "", deliveryMode: null) with { Type = ActivityTypes.InstallationUpdate, Action = "add", Text = null };

        using var installed = await _bot.PostAsync(install, _token, ct);
        var greeting = await _bot.Azure.WaitForCallsAsync(2, ct);
        var question = greeting[^1];
        var card = Assert.Single(question.Activity.Attachments!);
        var submits = Actions(card.Content!.Value).ToList();
        var submit = _bot.Message(conversation, "", deliveryMode: null) with
        {
            Text = null,
            ReplyToId = "card-message-1",
            Value = submits.Single(action => action.GetProperty("title").GetString() == "9").GetProperty("data"),
        };
        using var answered = await _bot.PostAsync(submit, _token, ct);
        var calls = await _bot.Azure.WaitForCallsAsync(greeting.Count + 3, ct);

        Assert.Equal(HttpStatusCode.Accepted, installed.StatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        Assert.Equal(Enumerable.Range(0, 11).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), submits.Select(a => a.GetProperty("title").GetString()));
        Assert.All(submits, action => Assert.Equal("Action.Submit", action.GetProperty("type").GetString()));
        Assert.Contains("0 to 10", question.Activity.Summary, StringComparison.Ordinal);
        Assert.Contains("0 to 10", card.Content.Value.GetProperty("fallbackText").GetString(), StringComparison.Ordinal);
        Assert.Null(question.Activity.SuggestedActions);
        Assert.Equal(HttpStatusCode.Accepted, answered.StatusCode);
        var update = Assert.Single(calls, call => call.Method == "PUT");
        Assert.EndsWith("/activities/card-message-1", update.Path, StringComparison.Ordinal);
        Assert.Equal("Bearer bot-token-1", update.Authorization);
        Assert.Contains("**9**", update.Activity.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(calls.Skip(greeting.Count), call => call.Method == "POST" && call.Activity.ReplyToId == submit.Id);
        Assert.All(calls, call => Assert.Equal("Bearer bot-token-1", call.Authorization));
    }

    [Theory]
    [InlineData("groupChat", "en-US")]
    [InlineData("channel", "en-US")]
    [InlineData("groupChat", "es-ES")]
    [InlineData("groupChat", "fr-FR")]
    [InlineData("groupChat", "de-DE")]
    [InlineData("groupChat", "pt-BR")]
    [InlineData("groupChat", "nl-NL")]
    public async Task A_group_chat_or_channel_gets_one_polite_line_and_no_survey(string conversationType, string locale)
    {
        var ct = TestContext.Current.CancellationToken;
        var message = _bot.Message("19:" + Guid.NewGuid().ToString("N") + "@thread.v2", "<at>NpsBot</at> hello") with { Locale = locale };
        message = message with { Conversation = message.Conversation! with { ConversationType = conversationType, IsGroup = true } };

        using var response = await _bot.PostAsync(message, _token, ct);
        var replies = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(replies);
        Assert.False(string.IsNullOrWhiteSpace(line.Text));
        Assert.DoesNotContain("10", line.Text, StringComparison.Ordinal);
        Assert.Null(line.SuggestedActions);
        if (locale != "en-US")
        {
            Assert.DoesNotContain("one-to-one", line.Text, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<JsonElement> Actions(JsonElement card) =>
        card.GetProperty("body").EnumerateArray()
            .Where(element => element.GetProperty("type").GetString() == "ActionSet")
            .SelectMany(set => set.GetProperty("actions").EnumerateArray());
}
