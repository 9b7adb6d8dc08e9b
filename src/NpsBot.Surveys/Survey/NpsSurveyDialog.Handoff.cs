using NpsBot.Conversations.Dialogs;
using NpsBot.Conversations.Runner;

namespace NpsBot.Surveys.Survey;

/// <summary>
/// The handoff: the survey is recorded as it ended, the case opened or updated with the reason, the customer told
/// exactly when a person will answer (the SLA clock's deadline), and the conversation switched to agent mode.
/// </summary>
public sealed partial class NpsSurveyDialog
{
    private async Task<DialogTurnResult> HandOffAsync(DialogContext dc, string reason, CancellationToken cancellationToken)
    {
        var progress = Progress(dc) with { HandoffReason = reason, WantsContact = true, Finished = true };
        Save(dc, progress);
        var ticket = Record(dc, SurveyOutcomes.Completed, reason);
        if (ticket is null)
        {
            // No case can stand behind a promise: say only what is true, and end politely.
            Save(dc, progress with { HandoffReason = null });
            dc.Context.Send(Words(dc).Message(SurveyKeys.AnswerGaveUp, Args()));
            return await dc.CancelAllDialogsAsync(cancellationToken);
        }

        var key = ticket.InBusinessHours ? SurveyKeys.HandoffInHours : SurveyKeys.HandoffOutOfHours;
        dc.Context.Send(Words(dc).Message(key, Args(("deadline", ticket.ReplyByText))));
        dc.Context.State.Mode = ConversationModes.Agent;
        return await dc.CancelAllDialogsAsync(cancellationToken);
    }
}
