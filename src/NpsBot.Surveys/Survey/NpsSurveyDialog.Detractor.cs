using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Waterfall;
using NpsBot.Surveys.Recovery;

namespace NpsBot.Surveys.Survey;

/// <summary>
/// Detractors (0–6): apology and reason, one sharper follow-up, the theme confirmed in the bot's words, the playbook's
/// acknowledgement and remedies. Escalation cues, two failed answers or a callback hand the customer to a person.
/// </summary>
public sealed partial class NpsSurveyDialog
{
    private async Task<DialogTurnResult> AskReasonStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var words = Words(step);
        step.Context.Send(PersonalMessage(step, SurveyKeys.DetractorApology));
        return await step.PromptAsync(TextPromptId, TextQuestion(words, SurveyKeys.DetractorAskReason), cancellationToken);
    }

    private async Task<DialogTurnResult> AskFollowUpStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string answer)
        {
            return await HandOffAsync(step, HandoffReasons.FailedAnswers, cancellationToken);
        }

        var reason = Redacted(answer)!;
        var key = FollowUpSelector.QuestionKeyFor(_definitions.Survey, reason);
        var options = TextQuestion(Words(step), key);
        Save(step, Progress(step) with { Reason = reason, FollowUpQuestion = options.Prompt!.Text });
        if (await UnderstandAsync(step, reason, classify: true, cancellationToken))
        {
            return await HandOffAsync(step, HandoffReasons.Escalation, cancellationToken);
        }

        await RecordAsync(step, SurveyOutcomes.InProgress, cancellationToken: cancellationToken);
        return await step.PromptAsync(TextPromptId, options, cancellationToken);
    }

    private async Task<DialogTurnResult> CloseDetractorStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var offers = Offers(step);
        var chosen = step.Result is Conversations.Dialogs.Prompts.FoundChoice { Index: var index } && index < offers.Count ? offers[index] : null;
        if (step.Result is Conversations.Dialogs.Prompts.PromptGaveUp)
        {
            return await HandOffAsync(step, HandoffReasons.FailedAnswers, cancellationToken);
        }

        if (step.Result is Conversations.Dialogs.Prompts.FoundChoice)
        {
            Save(step, Progress(step) with { Remedy = chosen?.Code ?? RemedyCodes.None, WantsContact = Progress(step).WantsContact == true || chosen?.IsCallback == true });
        }

        if (chosen is { IsCallback: true })
        {
            return await HandOffAsync(step, HandoffReasons.CallbackAccepted, cancellationToken);
        }

        // A code from a pool is claimed with this turn (or the turn runs again); a pool that ran dry since the offer
        // means no promise: the customer is told so, and the case records it.
        var delivery = chosen is null ? null : await _services.Recovery.DeliverAsync(step.Context, chosen, Progress(step).CaseKey, cancellationToken);
        if (delivery is { Delivered: false })
        {
            Save(step, Progress(step) with { Remedy = RemedyCodes.None });
            step.Context.Send(Words(step).Message(SurveyKeys.RemedyUnavailable, Args()));
            chosen = null;
        }
        else if (delivery?.Code is { } code)
        {
            Save(step, Progress(step) with { RemedyCode = code });
        }

        Save(step, Progress(step) with { Finished = true });
        var ticket = await RecordAsync(step, SurveyOutcomes.Completed, cancellationToken: cancellationToken);
        if (chosen is not null && ticket is not null)
        {
            step.Context.SendText(Conversations.Definitions.TemplateText.Format(
                chosen.Confirmation, Args(("deadline", ticket.ReplyByText), ("code", Progress(step).RemedyCode ?? string.Empty))));
        }
        else
        {
            step.Context.Send(Words(step).Message(SurveyKeys.DetractorThanks, Args()));
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
