namespace NpsBot.Surveys.Survey;

/// <summary>Tells a message that is only a cue ("make it a 7", "can I talk to a person?") from a longer answer that carries one.</summary>
public static class ScoreChangeRequest
{
    private const int MaxCueWords = 8;

    /// <summary>True when the text says more than a cue: several sentences, or more than a few words.</summary>
    public static bool IsInsideLongerAnswer(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var sentences = text.Split(['.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return sentences.Length > 1 || words.Length > MaxCueWords;
    }
}
