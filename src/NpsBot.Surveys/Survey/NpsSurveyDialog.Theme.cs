using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Prompts;
using NpsBot.Conversations.Dialogs.Waterfall;
using NpsBot.Surveys.Recovery;

namespace NpsBot.Surveys.Survey;

/// <summary>
/// The theme confirmed in the bot's words ("So this was mainly about the delivery — is that right?", the themes as
/// choices), then the playbook's acknowledgement and the remedies it allows, as choices. When the classifier is unsure
/// (confidence below <see cref="SurveyOptions.ThemeAskBelow"/>) the bot does not guess: it asks which theme it was, the
/// likeliest first.
/// </summary>
public sealed partial class NpsSurveyDialog
{
    private async Task<DialogTurnResult> ConfirmThemeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptGaveUp)
        {
            return await HandOffAsync(step, HandoffReasons.FailedAnswers, cancellationToken);
        }

        var answer = Redacted(step.Result as string);
        Save(step, Progress(step) with { FollowUpAnswer = answer });
        if (answer is not null && await UnderstandAsync(step, answer, classify: false, cancellationToken))
        {
            return await HandOffAsync(step, HandoffReasons.Escalation, cancellationToken);
        }

        var desk = _services.Recovery;
        if (!desk.IsEnabled || Progress(step).ThemeGuess is not { } guess || !desk.Themes.Contains(guess))
        {
            await RecordAsync(step, SurveyOutcomes.InProgress, cancellationToken: cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        await RecordAsync(step, SurveyOutcomes.InProgress, cancellationToken: cancellationToken);
        var words = Words(step);
        var locale = words.Locale;
        if (IsUnsure(Progress(step)))
        {
            return await step.PromptAsync(ChoicePromptId, new PromptOptions
            {
                Prompt = words.Question(SurveyKeys.ThemeChoose, Args()),
                RetryPrompt = words.Question(SurveyKeys.ThemeConfirmUnrecognized, Args()),
                Choices = [.. ThemeOrder(Progress(step)).Select(t => new Choice(desk.ThemeLabel(t, locale)))],
                MaxAttempts = _definitions.Survey.MaxAttempts.Confirm,
            }, cancellationToken);
        }

        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = words.Question(SurveyKeys.ThemeConfirm, Args(("theme", desk.ThemePhrase(guess, locale)))),
            RetryPrompt = words.Question(SurveyKeys.ThemeConfirmUnrecognized, Args()),
            Choices = ThemeChoices(words, guess),
            MaxAttempts = _definitions.Survey.MaxAttempts.Confirm,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferRemedyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptGaveUp)
        {
            return await HandOffAsync(step, HandoffReasons.FailedAnswers, cancellationToken);
        }

        var progress = Progress(step);
        var desk = _services.Recovery;
        var words = Words(step);
        if (step.Result is FoundChoice choice && progress.ThemeGuess is not null)
        {
            progress = progress with { ConfirmedTheme = ThemeOrder(progress)[choice.Index] };
        }

        var theme = progress.ConfirmedTheme ?? progress.ThemeGuess;
        if (!desk.IsEnabled || theme is null)
        {
            Save(step, progress);
            step.Context.Send(words.Message(SurveyKeys.DetractorAcknowledge, Args()));
            return await step.NextAsync(null, cancellationToken);
        }

        step.Context.SendText(desk.Acknowledge(theme, words.Locale, FirstName(progress), step.Context.Activity.Conversation?.Id ?? progress.ResponseKey));
        // A remedy nothing can deliver now (its discount-code pool is empty) is not offered: no promise without a code.
        var offers = new List<RemedyOffer>();
        foreach (var offer in desk.OffersFor(theme, progress.Score, words.Locale))
        {
            if (await desk.CanDeliverAsync(offer, cancellationToken))
            {
                offers.Add(offer);
            }
        }

        Save(step, progress with { RemediesOffered = [.. offers.Select(o => o.Code)] });
        await RecordAsync(step, SurveyOutcomes.InProgress, cancellationToken: cancellationToken);
        if (offers.Count == 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = words.Question(SurveyKeys.RemedyOffer, Args()),
            RetryPrompt = words.Question(SurveyKeys.RemedyOfferUnrecognized, Args()),
            Choices = [.. offers.Select(o => new Choice(o.Title)), new Choice(words.Text(SurveyKeys.RemedyNone, Args())) { Synonyms = Accepts(words, SurveyKeys.RemedyNone) }],
            MaxAttempts = _definitions.Survey.MaxAttempts.Confirm,
        }, cancellationToken);
    }

    private bool IsUnsure(SurveyProgress progress) => progress.ThemeConfidence is { } confidence && confidence < _options.ThemeAskBelow;

    /// <summary>
    /// The themes in the order they were offered: the guess first; when the customer was asked to pick, the runner-up
    /// second; then the others in the playbook's order.
    /// </summary>
    private List<string> ThemeOrder(SurveyProgress progress)
    {
        var guess = progress.ThemeGuess!;
        var runnerUp = IsUnsure(progress) && progress.ThemeRunnerUp is { } second && second != guess && _services.Recovery.Themes.Contains(second) ? second : null;
        var order = new List<string> { guess };
        if (runnerUp is not null)
        {
            order.Add(runnerUp);
        }

        order.AddRange(_services.Recovery.Themes.Where(t => t != guess && t != runnerUp));
        return order;
    }

    /// <summary>The guess first (as "yes"), then every other theme by its label.</summary>
    private List<Choice> ThemeChoices(Conversations.Definitions.TurnWording words, string guess)
    {
        var desk = _services.Recovery;
        var yes = new Choice(words.Text(SurveyKeys.ThemeYes, Args())) { Synonyms = [.. Accepts(words, SurveyKeys.ThemeYes), desk.ThemeLabel(guess, words.Locale)] };
        return [yes, .. desk.Themes.Where(t => t != guess).Select(t => new Choice(desk.ThemeLabel(t, words.Locale)))];
    }

    /// <summary>The remedies as they were offered (those the playbook allows that were deliverable then), in order.</summary>
    private IReadOnlyList<RemedyOffer> Offers(DialogContext dc)
    {
        var progress = Progress(dc);
        var theme = progress.ConfirmedTheme ?? progress.ThemeGuess;
        return theme is null ? [] : [.. _services.Recovery.OffersFor(theme, progress.Score, Words(dc).Locale).Where(o => progress.RemediesOffered.Contains(o.Code))];
    }

    private static IReadOnlyList<string> Accepts(Conversations.Definitions.TurnWording words, string key) => words.Wording.Entry(key).Accepts;
}
