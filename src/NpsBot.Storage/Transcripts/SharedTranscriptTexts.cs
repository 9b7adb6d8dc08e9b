using System.Collections.Concurrent;
using NpsBot.Conversations.Runner;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// The bot's lines that it says word for word in many conversations (the survey's questions, re-asks, thanks), stored
/// once in <c>transcript_texts</c> and named by id from each line (issue 13, disk: the bot's texts were about half a
/// kilobyte of every conversation). A text is shared only once the bot has said it in <see cref="Conversations"/>
/// different conversations, so a line that is one customer's (a discount code, their own words quoted back) stays in
/// its line and goes when that customer is forgotten; the customers' and agents' lines are never shared (search
/// indexes them). What a process remembers is bounded: <see cref="MaxTexts"/> shared texts, as many candidates.
/// </summary>
/// <remarks>
/// Learning a text writes it through the turn writer in a batch of its own (the constructor's <c>learn</c>), and only
/// once that batch is committed do later lines name it: a line never names a text that a rolled-back batch would take
/// away. A restarted process learns its texts again, finding their rows (another instance's too) by the text's unique
/// index.
/// </remarks>
/// <param name="learn">Writes a text's row and gives its id once committed (the turn store's writer).</param>
public sealed class SharedTranscriptTexts(Func<string, Task<long>> learn)
{
    public const int Conversations = 3;
    public const int MaxTexts = 10_000;
    public const int MaxLength = 1_000;

    private readonly ConcurrentDictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Sightings> _candidates = new(StringComparer.Ordinal);

    /// <summary>How many shared texts this process names lines by.</summary>
    public int Known => _ids.Count;

    /// <summary>The id of each line's shared text (null for a line that keeps its own); null when no line has one.</summary>
    public long?[]? IdsOf(TurnCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        long?[]? ids = null;
        for (var i = 0; i < commit.Transcript.Count; i++)
        {
            var line = commit.Transcript[i];
            if (!IsTheBots(line))
            {
                continue;
            }

            if (_ids.TryGetValue(line.Text!, out var id))
            {
                (ids ??= new long?[commit.Transcript.Count])[i] = id;
            }
            else if (Sighted(line.Text!, commit.ConversationKey))
            {
                Learn(line.Text!);
            }
        }

        return ids;
    }

    /// <summary>A reply of the bot's own (not an agent's words relayed, not a line kept raw), short enough to share.</summary>
    private static bool IsTheBots(TranscriptEntry line) =>
        line.Direction == TranscriptEntry.Outbound && line.ProtectedRawText is null && line.Text is { Length: > 0 and <= MaxLength }
        && !TranscriptCompaction.IsDeskLine(line);

    /// <summary>True the first time the text has been said in <see cref="Conversations"/> different conversations.</summary>
    private bool Sighted(string text, string conversationKey)
    {
        if (_ids.Count >= MaxTexts)
        {
            return false;
        }

        if (_candidates.Count >= MaxTexts && !_candidates.ContainsKey(text))
        {
            _candidates.Clear();
        }

        var sightings = _candidates.GetOrAdd(text, static _ => new Sightings());
        lock (sightings)
        {
            if (sightings.Conversations.Count >= Conversations || sightings.Conversations.Contains(conversationKey))
            {
                return false;
            }

            sightings.Conversations.Add(conversationKey);
            return sightings.Conversations.Count == Conversations;
        }
    }

    private void Learn(string text) =>
        _ = learn(text).ContinueWith(
            written =>
            {
                if (written.IsCompletedSuccessfully)
                {
                    _ids[text] = written.Result;
                }

                // A failed write leaves the text in its lines; it may be learned again from the start.
                _candidates.TryRemove(text, out _);
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private sealed class Sightings
    {
        public List<string> Conversations { get; } = new(SharedTranscriptTexts.Conversations);
    }
}
