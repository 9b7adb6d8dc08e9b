using NpsBot.Conversations.Dialogs;

namespace NpsBot.Conversations.Tests.Dialogs;

public sealed class DialogContextTests
{
    private readonly List<string> _log = [];

    [Fact]
    public async Task Beginning_a_child_puts_it_first_on_the_stack()
    {
        var host = Host();
        await host.BeginAsync("parent");

        await host.RunAsync(dc => dc.BeginDialogAsync("child"));

        Assert.Equal(["child", "parent"], host.State.Dialogs.DialogStack.Select(d => d.Id));
    }

    [Fact]
    public async Task Ending_a_child_pops_it_and_resumes_the_parent_with_its_result()
    {
        var host = Host();
        await host.BeginAsync("parent");
        await host.RunAsync(dc => dc.BeginDialogAsync("child"));

        var result = await host.SendAsync("the answer");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["parent"], host.State.Dialogs.DialogStack.Select(d => d.Id));
        Assert.Contains("child:end:EndCalled", _log);
        Assert.Contains("parent:resume:EndCalled:the answer", _log);
    }

    [Fact]
    public async Task Ending_the_last_dialog_completes_with_its_result()
    {
        var host = Host();
        await host.BeginAsync("parent");

        var result = await host.SendAsync("done");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("done", result.Result);
        Assert.Empty(host.State.Dialogs.DialogStack);
    }

    [Fact]
    public async Task Continuing_with_no_active_dialog_is_empty()
    {
        var host = Host();

        var result = await host.SendAsync("hello");

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task Cancelling_all_ends_every_dialog_top_first()
    {
        var host = Host();
        await host.BeginAsync("parent");
        await host.RunAsync(dc => dc.BeginDialogAsync("child"));

        var result = await host.RunAsync(dc => dc.CancelAllDialogsAsync());

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(host.State.Dialogs.DialogStack);
        Assert.Equal(["child:end:CancelCalled", "parent:end:CancelCalled"], _log.Where(l => l.Contains(":end:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Replacing_swaps_the_active_dialog_without_resuming_the_one_below()
    {
        var host = Host();
        await host.BeginAsync("parent");
        await host.RunAsync(dc => dc.BeginDialogAsync("child"));

        await host.RunAsync(dc => dc.ReplaceDialogAsync("other"));

        Assert.Equal(["other", "parent"], host.State.Dialogs.DialogStack.Select(d => d.Id));
        Assert.Contains("child:end:ReplaceCalled", _log);
        Assert.DoesNotContain(_log, l => l.StartsWith("parent:resume", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Beginning_an_unknown_dialog_names_it()
    {
        var host = Host();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.BeginAsync("missing"));

        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }

    private DialogTestHost Host() => new(new DialogSet()
        .Add(new RecordingDialog("parent", _log))
        .Add(new RecordingDialog("child", _log))
        .Add(new RecordingDialog("other", _log)));
}
