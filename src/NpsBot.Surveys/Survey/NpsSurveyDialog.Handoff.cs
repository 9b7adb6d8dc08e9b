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
        var ticket = await RecordAsync(dc, SurveyOutcomes.Completed, reason, cancellationToken);
        if (ticket is null)
        {
            // No case can stand behind a promise: say only what is true, and end politely.
            Save(dc, progress with { HandoffReason = null });
            dc.Context.Send(Words(dc).Message(SurveyKeys.AnswerGaveUp, Args()));
            return await dc.CancelAllDialogsAsync(cancellationToken);
        }

        // In business hours the customer hears their true place in the queue; outside them, the deadline the clock holds.
        var words = Words(dc);
        dc.Context.Send(ticket switch
        {
            { InBusinessHours: true, QueuePosition: { } position } => words.Message(
                SurveyKeys.HandoffInHoursQueue,
                Args(("deadline", ticket.ReplyByText), ("position", position.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            { InBusinessHours: true } => words.Message(SurveyKeys.HandoffInHours, Args(("deadline", ticket.ReplyByText))),
            _ => words.Message(SurveyKeys.HandoffOutOfHours, Args(("deadline", ticket.ReplyByText))),
        });
        dc.Context.State.Mode = ConversationModes.Agent;
        return await dc.CancelAllDialogsAsync(cancellationToken);
    }
}
