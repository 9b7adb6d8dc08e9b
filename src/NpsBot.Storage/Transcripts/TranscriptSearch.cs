using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Dialects;
using NpsBot.Storage.Insights;
using NpsBot.Storage.Stores;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// <see cref="ITranscriptSearch"/> over the provider's full-text search (SQLite: the FTS5 index of <see cref="TranscriptSearchSql"/>; PostgreSQL: <c>websearch_to_tsquery</c>): the filtered responses whose
/// conversation has a matching redacted line, newest first in keyset pages, each with its best matching line.
/// </summary>
/// <remarks>On SQLite the lines written since the turn writer last indexed are indexed first (<paramref name="indexer"/>;
/// null where the lines were indexed by their writer, as in a seeded copy), so every committed line can be found.</remarks>
public sealed class TranscriptSearch(IDbContextFactory<NpsBotDbContext> contexts, StorageOptions options, ITranscriptIndexer? indexer = null) : ITranscriptSearch
{
    private readonly SqlDialect _dialect = SqlDialect.For(options);

    private const int PlainSnippetLength = 160;

    /// <summary>A page under the agent filter walks the responses above this many of the agent's cases (<see cref="AgentPageShape"/>).</summary>
    public int AgentWalkAbove { get; init; } = AgentPageShape.WalkAbove;

    public async Task<ResponsePage<TranscriptHit>> SearchAsync(
        InsightsFilter filter, string query, string? cursor, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var take = Math.Clamp(limit, 1, PageCursor.MaxLimit);
        var match = _dialect.TranscriptQuery(query);
        if (match is not null && indexer is not null)
        {
            await indexer.IndexPendingLinesAsync(cancellationToken);
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var shape = await AgentPageShape.ForAsync(context, filter, AgentWalkAbove, cancellationToken);
        var responses = InsightsFiltering.Responses(context, filter, shape);
        if (match is null)
        {
            responses = responses.Where(r => context.Conversations.Any(
                c => c.ConversationKey == r.ConversationKey && context.TranscriptEntries.Any(t => t.ConversationNumber == c.Number)));
        }
        else
        {
            // No line matches: the page is empty. Asked first because the page's query walks the responses newest first
            // and stops at a page of matches, which for words nobody wrote means every response (250 ms at 1M).
            var lines = context.TranscriptEntries.FromSqlRaw(_dialect.TranscriptMatchingLines, match);
            if (!await lines.AnyAsync(cancellationToken))
            {
                return new ResponsePage<TranscriptHit>([], null);
            }

            // The responses of the matching lines' conversations, by the index on survey_responses.conversation_key:
            // the database goes from the matches to their responses and sorts those (a few thousand for a rare word),
            // rather than walking every response newest first until a page matches, which under a narrow filter
            // ("refund" in theme delivery: 23 responses) read the whole table (514 ms at 1M). Same shape on PostgreSQL
            // (GIN index for the lines, the same B-tree for the responses).
            var matching =
                from line in lines
                join conversation in context.Conversations on line.ConversationNumber equals conversation.Number
                select conversation.ConversationKey;
            responses = responses.Where(r => matching.Contains(r.ConversationKey));
        }

        if (PageCursor.TryDecode(cursor, out var before))
        {
            responses = responses.Where(r => r.Id < before);
        }

        var rows = await responses.OrderByDescending(r => r.Id).Take(take + 1)
            .Select(r => new { r.Id, r.ResponseKey, r.ConversationKey, r.StartedAt, r.ChannelId, r.Locale, r.Score, r.Category, r.Theme, r.CaseKey })
            .ToListAsync(cancellationToken);
        var hits = new List<TranscriptHit>(Math.Min(rows.Count, take));
        foreach (var row in rows.Take(take))
        {
            hits.Add(new TranscriptHit
            {
                ResponseId = row.Id,
                ResponseKey = row.ResponseKey,
                ConversationKey = row.ConversationKey,
                StartedAt = SurveyResponseRows.Utc(row.StartedAt),
                ChannelId = row.ChannelId,
                Locale = row.Locale,
                Score = row.Score,
                Category = row.Category is NpsCategory category ? InsightsFilterParser.BandName(category) : null,
                Theme = row.Theme,
                CaseKey = row.CaseKey,
                Snippet = match is null
                    ? await FirstCustomerLineAsync(context, row.ConversationKey, cancellationToken)
                    : await BestSnippetAsync(context, _dialect, match, row.ConversationKey, cancellationToken),
            });
        }

        return new ResponsePage<TranscriptHit>(hits, rows.Count > take ? PageCursor.Encode(hits[^1].ResponseId) : null);
    }

    private static async Task<string> BestSnippetAsync(NpsBotDbContext context, SqlDialect dialect, string match, string conversationKey, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
        }

        await using DbCommand command = connection.CreateCommand();
        command.CommandText = dialect.TranscriptBestSnippet;
        command.Parameters.Add(Parameter(dialect, "$query", match));
        command.Parameters.Add(Parameter(dialect, "$key", conversationKey));
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? "";
    }

    private static DbParameter Parameter(SqlDialect dialect, string name, string value)
    {
        var parameter = dialect.Parameter(name);
        parameter.Value = value;
        return parameter;
    }

    private static async Task<string> FirstCustomerLineAsync(NpsBotDbContext context, string conversationKey, CancellationToken cancellationToken)
    {
        var text = await TranscriptLines.Of(context, conversationKey).AsNoTracking()
            .Where(t => t.Direction == TranscriptEntry.Inbound && t.Text != null && t.Text != "")
            .OrderBy(t => t.Id)
            .Select(t => t.Text)
            .FirstOrDefaultAsync(cancellationToken) ?? "";
        return text.Length <= PlainSnippetLength ? text : text[..PlainSnippetLength] + "…";
    }
}
