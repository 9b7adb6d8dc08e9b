using System.Globalization;
using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Testing.Bots;

/// <summary>
/// A scripted mini NPS survey, the channel tests' double for the real one: greets when the user joins (by name when
/// known), asks 0–10 with buttons "0".."10" (expectingInput), asks why with a branch per category, then thanks.
/// </summary>
public sealed class ScriptedSurveyBot : IBot
{
    public const string Question = "How likely are you to recommend us to a friend or colleague, from 0 to 10?";
    public const string Thanks = "Thank you for your feedback! The survey is complete.";

    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (IsJoin(activity))
        {
            if (!turn.State.Started)
            {
                turn.State.Started = true;
                var name = activity.MembersAdded is [var member, ..] ? member.Name : activity.From?.Name;
                turn.SendText(name is { Length: > 0 } ? $"Hello {name}, thanks for choosing us." : "Hello, thanks for choosing us.");
                Ask(turn);
            }

            return Task.CompletedTask;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return Task.CompletedTask;
        }

        switch (Step(turn))
        {
            case "score" when int.TryParse(activity.Text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score <= 10:
                turn.SendText(score >= 9 ? "Wonderful! What do you like most about us?"
                    : score >= 7 ? "Thanks! What would make it a 10?"
                    : "We are sorry to hear that. What went wrong?", InputHints.ExpectingInput);
                SetStep(turn, "reason");
                break;
            case "score":
                turn.SendText("Please pick a number from 0 to 10.");
                Ask(turn);
                break;
            case "reason":
                turn.SendText(Thanks);
                SetStep(turn, "done");
                break;
            default:
                turn.SendText("The survey is already complete. Thank you!");
                break;
        }

        return Task.CompletedTask;
    }

    private static bool IsJoin(Activity activity) =>
        (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true)
        || (activity.Type == "event" && activity.Name == "webchat/join");

    private static void Ask(TurnContext turn)
    {
        turn.Send(new Activity
        {
            Type = ActivityTypes.Message,
            Text = Question,
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions { Actions = Enumerable.Range(0, 11).Select(n => CardAction.ImBack(n.ToString(CultureInfo.InvariantCulture))).ToList() },
        });
        SetStep(turn, "score");
    }

    private static string? Step(TurnContext turn) => turn.State.Values.TryGetValue("step", out var step) ? step.GetString() : null;

    private static void SetStep(TurnContext turn, string step) => turn.State.Values["step"] = JsonSerializer.SerializeToElement(step);
}
