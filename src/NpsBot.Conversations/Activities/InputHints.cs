namespace NpsBot.Conversations.Activities;

/// <summary>inputHint wire values: whether the bot waits for an answer.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
