namespace NpsBot.Surveys.Recovery;

/// <summary>Why a conversation goes to a person (stored on the response and the case).</summary>
public static class HandoffReasons
{
    /// <summary>The customer asked for a person, at any step.</summary>
    public const string Asked = "asked-for-person";

    /// <summary>An escalation cue fired (legal, safety, abuse, churn with anger, repeated contact...).</summary>
    public const string Escalation = "escalation";

    /// <summary>Two answers in a row the bot could not use.</summary>
    public const string FailedAnswers = "failed-answers";

    /// <summary>A detractor chose the callback remedy.</summary>
    public const string CallbackAccepted = "callback-accepted";
}
