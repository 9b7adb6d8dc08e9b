namespace NpsBot.Storage.Entities;

/// <summary>A text the bot says in many conversations, stored once; lines name it by <see cref="Id"/> (see <c>SharedTranscriptTexts</c>).</summary>
public sealed class TranscriptTextRecord
{
    public long Id { get; set; }

    public required string Text { get; set; }
}
