using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Tests.Definitions;

namespace NpsBot.Conversations.Tests.Dialogs.Prompts;

public sealed class ConfirmPromptTests
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = MessageFactory.Text("Shall we call you?"),
        RetryPrompt = MessageFactory.Text("Yes or no?"),
        MaxAttempts = 2,
    };

    [Fact]
    public async Task Yes_and_no_are_buttons_in_the_conversation_language()
    {
        var wording = TestDialogs.Load().Wording;
        var flow = new PromptTestFlow(new ConfirmPrompt("confirm", wording), Options, ChannelCapabilities.Rich, "es-MX");

        await flow.StartAsync();

        var question = Assert.Single(flow.Host.Replies);
        Assert.Equal("Shall we call you?", question.Text);
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
        var es = wording.For("es");
        Assert.Equal(
            [es.Entry(ConfirmPrompt.YesKey).Variants[0], es.Entry(ConfirmPrompt.NoKey).Variants[0]],
            question.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task Without_buttons_the_question_says_how_to_answer()
    {
        var wording = TestDialogs.Load().Wording;
        var flow = new PromptTestFlow(new ConfirmPrompt("confirm", wording), Options, ChannelCapabilities.PlainText);

        await flow.StartAsync();

        var question = Assert.Single(flow.Host.Replies);
        Assert.Null(question.SuggestedActions);
        Assert.StartsWith("Shall we call you?\n", question.Text, StringComparison.Ordinal);
        Assert.Contains(wording.For("en").Entry(ConfirmPrompt.YesKey).Variants[0], question.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "yes", true)]
    [InlineData("en-US", "Yes please", true)]
    [InlineData("en-US", "nope", false)]
    [InlineData("en-US", "No.", false)]
    [InlineData("es-ES", "sí", true)]
    [InlineData("es-ES", "Si, claro", true)]
    [InlineData("es-ES", "no gracias", false)]
    [InlineData("en-US", "sí", true)]
    [InlineData("es-ES", "yes", true)]
    [InlineData("fr-FR", "Ouais", true)]
    [InlineData("fr-CA", "Non merci", false)]
    [InlineData("de-DE", "Ja, gerne", true)]
    [InlineData("de-AT", "nö", false)]
    [InlineData("pt-BR", "Sim, claro", true)]
    [InlineData("pt-BR", "não, obrigado", false)]
    [InlineData("nl-BE", "jazeker", true)]
    [InlineData("nl-NL", "Nee, liever niet", false)]
    [InlineData("pt-BR", "claro que não", false)]
    [InlineData("es-ES", "claro que no", false)]
    [InlineData("de-DE", "ja, warum nicht", true)]
    [InlineData("en-US", "yes please call me", true)]
    public async Task Yes_and_no_are_understood_in_every_shipped_language(string locale, string reply, bool expected)
    {
        var flow = new PromptTestFlow(new ConfirmPrompt("confirm", TestDialogs.Load().Wording), Options, ChannelCapabilities.Rich, locale);
        await flow.StartAsync();

        await flow.Host.SendAsync(reply);

        Assert.Equal(expected, flow.Result);
    }

    [Fact]
    public async Task Something_else_gets_the_retry_prompt()
    {
        var flow = new PromptTestFlow(new ConfirmPrompt("confirm", TestDialogs.Load().Wording), Options);
        await flow.StartAsync();

        await flow.Host.SendAsync("maybe later");

        Assert.Null(flow.Result);
        Assert.Equal("Yes or no?", Assert.Single(flow.Host.Replies).Text);
    }
}
