using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Waterfall;

namespace NpsBot.Conversations.Tests.Dialogs.Waterfall;

public sealed class WaterfallDialogTests
{
    private readonly List<string> _log = [];

    [Fact]
    public async Task Steps_run_in_order_one_message_each()
    {
        var host = Host(Waiting("one"), Waiting("two"), Waiting("three"));
        await host.BeginAsync("flow");

        await host.SendAsync("a");
        await host.SendAsync("b");

        Assert.Equal(["one:0:", "two:1:a", "three:2:b"], _log);
    }

    [Fact]
    public async Task Next_runs_the_following_step_at_once_with_its_result()
    {
        var host = Host((step, ct) => step.NextAsync(42, ct), Waiting("after"));

        await host.BeginAsync("flow");

        Assert.Equal(["after:1:42"], _log);
    }

    [Fact]
    public async Task Next_may_be_called_only_once_per_step()
    {
        var host = Host(
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            Waiting("after"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.BeginAsync("flow"));

        Assert.Contains("already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_and_options_are_read_back_typed_after_serialization()
    {
        Booking? seen = null;
        var host = Host(
            (step, ct) =>
            {
                step.Values.Set("guests", new Guests(3, ["Ana", "Luis"]));
                return Task.FromResult(Dialog.EndOfTurn);
            },
            (step, ct) =>
            {
                seen = step.GetOptions<Booking>()! with { Guests = step.Values.Get<Guests>("guests") };
                return Task.FromResult(Dialog.EndOfTurn);
            });
        await host.BeginAsync("flow", new Booking("Lisbon", null));

        await host.SendAsync("next");

        Assert.Equal("Lisbon", seen!.City);
        Assert.Equal(3, seen.Guests!.Count);
        Assert.Equal(["Ana", "Luis"], seen.Guests.Names);
    }

    [Fact]
    public async Task The_waterfall_ends_with_the_result_given_to_the_step_after_the_last()
    {
        var host = Host(Waiting("only"));
        await host.BeginAsync("flow");

        var result = await host.SendAsync("final");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("final", result.Result);
    }

    private WaterfallStep Waiting(string name) => (step, ct) =>
    {
        _log.Add($"{name}:{step.Index}:{step.Result}");
        return Task.FromResult(Dialog.EndOfTurn);
    };

    private static DialogTestHost Host(params WaterfallStep[] steps) => new(new DialogSet().Add(new WaterfallDialog("flow", steps)));

    private sealed record Booking(string City, Guests? Guests);

    private sealed record Guests(int Count, IReadOnlyList<string> Names);
}
