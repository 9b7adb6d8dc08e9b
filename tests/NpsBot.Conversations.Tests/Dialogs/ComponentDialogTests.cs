using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Dialogs.Waterfall;

namespace NpsBot.Conversations.Tests.Dialogs;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task The_inner_stack_lives_in_the_component_state_and_survives_serialization()
    {
        var host = new DialogTestHost(new DialogSet().Add(new TwoQuestions()));
        await host.BeginAsync("component");

        await host.SendAsync("first answer");

        var outer = Assert.Single(host.State.Dialogs.DialogStack);
        Assert.Equal("component", outer.Id);
        var inner = outer.Get<DialogState>("dialogs")!;
        Assert.Equal(["text", "steps"], inner.DialogStack.Select(d => d.Id));
    }

    [Fact]
    public async Task The_component_ends_with_the_result_of_its_inner_dialogs()
    {
        var host = new DialogTestHost(new DialogSet().Add(new TwoQuestions()));
        await host.BeginAsync("component");
        await host.SendAsync("first");

        var result = await host.SendAsync("second");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("first+second", result.Result);
        Assert.Empty(host.State.Dialogs.DialogStack);
    }

    private sealed class TwoQuestions : ComponentDialog
    {
        public TwoQuestions()
            : base("component")
        {
            AddDialog(new WaterfallDialog("steps", [AskFirstAsync, AskSecondAsync, CombineAsync]));
            AddDialog(new TextPrompt("text"));
        }

        private static Task<DialogTurnResult> AskFirstAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("first?") }, ct);

        private static Task<DialogTurnResult> AskSecondAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values.Set("first", step.Result as string);
            return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("second?") }, ct);
        }

        private static Task<DialogTurnResult> CombineAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.EndDialogAsync($"{step.Values.Get<string>("first")}+{step.Result}", ct);
    }
}
