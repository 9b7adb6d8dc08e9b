using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Dialogs.Waterfall;

namespace NpsBot.Surveys.Survey;

/// <summary>Promoters (9–10): thanks, what they like most, and only after they answered, an invitation to review.</summary>
public sealed partial class NpsSurveyDialog
{
    private async Task<DialogTurnResult> AskWhatTheyLikeMostStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var words = Words(step);
        step.Context.Send(words.Message(SurveyKeys.PromoterThanks, Args()));
        return await step.PromptAsync(TextPromptId, TextQuestion(words, SurveyKeys.PromoterAskLikeMost), cancellationToken);
    }

    private async Task<DialogTurnResult> InviteReviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var reason = Redacted(step.Result as string);
        Save(step, Progress(step) with { Reason = reason });
        if (reason is not null)
        {
            // What a promoter likes most is not a complaint to sort: sentiment only.
            await UnderstandAsync(step, reason, classify: false, cancellationToken);
        }

        var words = Words(step);
        if (reason is null)
        {
            step.Context.Send(words.Message(SurveyKeys.AnswerGaveUp, Args()));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var url = _options.ReviewUrl?.AbsoluteUri ?? _definitions.Survey.Review.DefaultUrl;
        var invitation = words.Message(SurveyKeys.PromoterInviteReview, Args(("reviewUrl", url)));
        if (step.Context.Capabilities is { SupportsSuggestedActions: true, MaxSuggestedActions: > 0 })
        {
            var button = new CardAction
            {
                Type = ActionTypes.OpenUrl,
                Title = words.Text(SurveyKeys.PromoterReviewButton, Args()),
                Value = System.Text.Json.JsonSerializer.SerializeToElement(url),
            };
            invitation = invitation with { SuggestedActions = new SuggestedActions { Actions = [button] } };
        }

        step.Context.Send(invitation);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
