namespace NpsBot.Conversations.Activities;

/// <summary>Builds outgoing message activities (as the SDK's MessageFactory): text, input hint, buttons.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string inputHint = InputHints.AcceptingInput) =>
        new() { Type = ActivityTypes.Message, Text = text, InputHint = inputHint };

    /// <summary>A message with imBack buttons, one per title.</summary>
    public static Activity SuggestedActions(IEnumerable<string> titles, string text, string inputHint = InputHints.ExpectingInput) =>
        Text(text, inputHint) with { SuggestedActions = new SuggestedActions { Actions = [.. titles.Select(CardAction.ImBack)] } };
}
