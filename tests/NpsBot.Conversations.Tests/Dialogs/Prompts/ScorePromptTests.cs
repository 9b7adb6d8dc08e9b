using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Language;

namespace NpsBot.Conversations.Tests.Dialogs.Prompts;

public sealed class ScorePromptTests
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = MessageFactory.Text("0 to 10?"),
        RetryPrompt = MessageFactory.Text("A number from 0 to 10, please."),
        MaxAttempts = 3,
    };

    [Fact]
    public async Task The_question_is_sent_expecting_input()
    {
        var flow = new PromptTestFlow(new ScorePrompt("score", new WholeNumbers()), Options);

        await flow.StartAsync();

        var question = Assert.Single(flow.Host.Replies);
        Assert.Equal("0 to 10?", question.Text);
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
    }

    [Fact]
    public async Task A_recognized_score_ends_the_prompt_with_the_score()
    {
        var flow = new PromptTestFlow(new ScorePrompt("score", new WholeNumbers()), Options);
        await flow.StartAsync();

        var result = await flow.Host.SendAsync("7");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal(7, flow.Result);
    }

    [Fact]
    public async Task An_unrecognized_reply_gets_the_retry_prompt()
    {
        var flow = new PromptTestFlow(new ScorePrompt("score", new WholeNumbers()), Options);
        await flow.StartAsync();

        var result = await flow.Host.SendAsync("great");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        var retry = Assert.Single(flow.Host.Replies);
        Assert.Equal("A number from 0 to 10, please.", retry.Text);
        Assert.Equal(InputHints.ExpectingInput, retry.InputHint);
    }

    [Fact]
    public async Task A_number_outside_0_to_10_is_not_a_score()
    {
        var flow = new PromptTestFlow(new ScorePrompt("score", new WholeNumbers()), Options);
        await flow.StartAsync();

        var result = await flow.Host.SendAsync("11");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Null(flow.Result);
    }

    [Fact]
    public async Task After_max_attempts_the_prompt_gives_up_instead_of_asking_again()
    {
        var flow = new PromptTestFlow(new ScorePrompt("score", new WholeNumbers()), Options);
        await flow.StartAsync();
        await flow.Host.SendAsync("no idea");
        await flow.Host.SendAsync("hmm");

        var result = await flow.Host.SendAsync("dunno");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        var gaveUp = Assert.IsType<PromptGaveUp>(flow.Result);
        Assert.Equal(3, gaveUp.Attempts);
        Assert.Equal("score", gaveUp.PromptId);
        Assert.Empty(flow.Host.Replies);
    }

    [Fact]
    public async Task A_validator_sees_the_attempt_count_and_may_answer_in_its_own_words()
    {
        var attempts = new List<int>();
        var prompt = new ScorePrompt("score", new WholeNumbers(), (context, ct) =>
        {
            attempts.Add(context.AttemptCount);
            if (context.Recognized is { Succeeded: true, Value: < 5 })
            {
                context.Context.SendText("Too low for this test.");
                return Task.FromResult(false);
            }

            return Task.FromResult(context.Recognized.Succeeded);
        });
        var flow = new PromptTestFlow(prompt, Options);
        await flow.StartAsync();

        await flow.Host.SendAsync("2");
        var ownWords = flow.Host.Replies;
        await flow.Host.SendAsync("8");

        Assert.Equal([1, 2], attempts);
        Assert.Equal("Too low for this test.", Assert.Single(ownWords).Text);
        Assert.Equal(8, flow.Result);
    }

    /// <summary>Reads the whole message as a number; enough to test the prompt without the real recognizer.</summary>
    private sealed class WholeNumbers : IScoreRecognizer
    {
        public ScoreRecognition Recognize(string text, string? locale) =>
            int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? new ScoreRecognition(n is >= 0 and <= 10 ? ScoreStatus.Ok : ScoreStatus.OutOfRange, n)
                : ScoreRecognition.None;
    }
}
