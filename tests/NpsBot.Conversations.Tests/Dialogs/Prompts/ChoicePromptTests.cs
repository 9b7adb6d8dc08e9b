using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Dialogs.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = MessageFactory.Text("Where did it happen?"),
        Choices = [new Choice("In store"), new Choice("Phone") { Synonyms = ["call", "telephone"] }, new Choice("Chat")],
    };

    [Fact]
    public async Task Choices_are_imBack_buttons_where_the_channel_has_them()
    {
        var flow = new PromptTestFlow(new ChoicePrompt("choice"), Options, ChannelCapabilities.Rich);

        await flow.StartAsync();

        var question = Assert.Single(flow.Host.Replies);
        Assert.Equal("Where did it happen?", question.Text);
        Assert.Equal(["In store", "Phone", "Chat"], question.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(question.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task Choices_are_a_numbered_list_on_a_plain_text_channel()
    {
        var flow = new PromptTestFlow(new ChoicePrompt("choice"), Options, ChannelCapabilities.PlainText);

        await flow.StartAsync();

        var question = Assert.Single(flow.Host.Replies);
        Assert.Null(question.SuggestedActions);
        Assert.Equal("Where did it happen?\n1. In store\n2. Phone\n3. Chat", question.Text);
    }

    [Fact]
    public async Task More_choices_than_the_channel_has_buttons_become_a_numbered_list()
    {
        var twoButtons = new ChannelCapabilities(true, 2, null);
        var flow = new PromptTestFlow(new ChoicePrompt("choice"), Options, twoButtons);

        await flow.StartAsync();

        var question = Assert.Single(flow.Host.Replies);
        Assert.Null(question.SuggestedActions);
        Assert.Contains("3. Chat", question.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", "Phone", 1)]
    [InlineData("phone", "Phone", 1)]
    [InlineData("In Store!", "In store", 0)]
    [InlineData("telephone", "Phone", 1)]
    [InlineData("3", "Chat", 2)]
    public async Task The_number_the_title_or_a_synonym_picks_the_choice(string reply, string value, int index)
    {
        var flow = new PromptTestFlow(new ChoicePrompt("choice"), Options, ChannelCapabilities.PlainText);
        await flow.StartAsync();

        await flow.Host.SendAsync(reply);

        Assert.Equal(new FoundChoice(value, index), flow.Result);
    }

    [Fact]
    public async Task A_number_past_the_list_is_not_a_choice()
    {
        var flow = new PromptTestFlow(new ChoicePrompt("choice"), Options, ChannelCapabilities.PlainText);
        await flow.StartAsync();

        await flow.Host.SendAsync("4");

        Assert.Null(flow.Result);
        Assert.Contains("1. In store", Assert.Single(flow.Host.Replies).Text, StringComparison.Ordinal);
    }
}
