namespace NpsBot.Conversations.Language;

/// <summary>The cues found in one message; <see cref="NewScore"/> is set with <see cref="Intent.ChangeScore"/> when the new score is in the text.</summary>
public sealed record IntentResult(IReadOnlyList<Intent> Intents, int? NewScore = null)
{
    public static IntentResult Nothing { get; } = new([]);

    public bool Has(Intent intent) => Intents.Contains(intent);
}
