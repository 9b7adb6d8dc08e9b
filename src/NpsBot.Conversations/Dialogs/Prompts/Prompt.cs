using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits for a reply it can recognize as a <typeparamref name="T"/>; retries with
/// <see cref="PromptOptions.RetryPrompt"/> and ends with <see cref="PromptGaveUp"/> after <see cref="PromptOptions.MaxAttempts"/> failures.
/// </summary>
public abstract class Prompt<T>(string dialogId, PromptValidator<T>? validator = null) : Dialog(dialogId)
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with {nameof(PromptOptions)}.", nameof(options));
        }

        var instance = dc.ActiveDialog!;
        instance.Set(OptionsKey, promptOptions);
        instance.Set(AttemptCountKey, 0);
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsMessage)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var options = instance.Get<PromptOptions>(OptionsKey) ?? new PromptOptions();
        var attempts = instance.Get<int>(AttemptCountKey) + 1;
        instance.Set(AttemptCountKey, attempts);

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken);
        var repliesBefore = dc.Context.Replies.Count;
        var valid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (options.MaxAttempts is { } max && attempts >= max)
        {
            return await dc.EndDialogAsync(new PromptGaveUp(Id, attempts), cancellationToken);
        }

        // A validator that already said why the answer was refused has retried in its own words.
        if (dc.Context.Replies.Count == repliesBefore)
        {
            await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A child dialog ended on top of the prompt (an interruption): ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(TurnContext turn, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turn, instance.Get<PromptOptions>(OptionsKey) ?? new PromptOptions(), isRetry: false, cancellationToken);
    }

    /// <summary>Sends the question (or the retry), marked as expecting input, with the choices as buttons where the channel has them.</summary>
    protected virtual Task OnPromptAsync(TurnContext turn, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (prompt is not null)
        {
            turn.Send(ChoiceRendering.WithButtons(prompt, options.Choices, turn.Capabilities) with { InputHint = InputHints.ExpectingInput });
        }

        return Task.CompletedTask;
    }

    /// <summary>Reads the reply of the turn as a <typeparamref name="T"/>.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(TurnContext turn, PromptOptions options, CancellationToken cancellationToken);
}
