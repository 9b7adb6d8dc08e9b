using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs.Prompts;

namespace NpsBot.Conversations.Tests.Dialogs.Prompts;

public sealed class TextPromptTests
{
    private static readonly PromptOptions Options = new() { Prompt = MessageFactory.Text("Why?"), MaxAttempts = 2 };

    [Fact]
    public async Task Any_text_is_the_answer_trimmed()
    {
        var flow = new PromptTestFlow(new TextPrompt("text"), Options);
        await flow.StartAsync();

        await flow.Host.SendAsync("  it was late  ");

        Assert.Equal("it was late", flow.Result);
    }

    [Fact]
    public async Task A_message_without_text_asks_again()
    {
        var flow = new PromptTestFlow(new TextPrompt("text"), Options);
        await flow.StartAsync();

        await flow.Host.SendAsync("   ");

        Assert.Null(flow.Result);
        Assert.Equal("Why?", Assert.Single(flow.Host.Replies).Text);
    }
}
