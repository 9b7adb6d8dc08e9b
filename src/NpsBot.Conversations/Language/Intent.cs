namespace NpsBot.Conversations.Language;

/// <summary>Cues a dialog acts on at any step.</summary>
public enum Intent
{
    /// <summary>Wants a human, an agent, a manager or a callback.</summary>
    Human,

    /// <summary>Stop, quit, unsubscribe (the SMS opt-out keywords and their equivalents).</summary>
    Stop,

    /// <summary>"Actually make it a 7": change the score already given.</summary>
    ChangeScore,

    /// <summary>Asks what this is or how it works.</summary>
    Help,
}
