using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Privacy;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// Reads a conversation's transcript with the raw text decrypted, for the agent who holds that conversation (issue 9).
/// The caller authorises; this class only decrypts. A line whose raw text is purged, or was encrypted with a key
/// this host does not have, is read redacted.
/// </summary>
public sealed class RawTranscriptReader(IDbContextFactory<NpsBotDbContext> contexts, ITextProtector protector)
{
    public async Task<IReadOnlyList<AgentTranscriptLine>> ReadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Transcripts.TranscriptLines.ReadAsync(context, conversationKey, cancellationToken);
        return rows.Select(row =>
        {
            var raw = row.RawText is null ? null : TryUnprotect(row.RawText);
            return new AgentTranscriptLine(row.Direction, row.Type, raw ?? row.Text, raw is not null, row.FromName, SurveyResponseRows.Utc(row.At));
        }).ToList();
    }

    private string? TryUnprotect(string protectedText)
    {
        try
        {
            return protector.Unprotect(protectedText);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
