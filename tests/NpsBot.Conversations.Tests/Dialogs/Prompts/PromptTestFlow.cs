using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Dialogs.Waterfall;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Dialogs.Prompts;

/// <summary>A one-prompt waterfall whose second step keeps what the prompt returned.</summary>
internal sealed class PromptTestFlow
{
    public PromptTestFlow(Dialog prompt, PromptOptions options, ChannelCapabilities? capabilities = null, string locale = "en-US")
    {
        var flow = new WaterfallDialog("flow",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) =>
            {
                Result = step.Result;
                return step.EndDialogAsync(step.Result, ct);
            },
        ]);
        Host = new DialogTestHost(new DialogSet().Add(flow).Add(prompt), capabilities, locale);
    }

    public DialogTestHost Host { get; }

    /// <summary>What the prompt ended with, once it ended.</summary>
    public object? Result { get; private set; }

    public Task<DialogTurnResult> StartAsync() => Host.BeginAsync("flow");
}
