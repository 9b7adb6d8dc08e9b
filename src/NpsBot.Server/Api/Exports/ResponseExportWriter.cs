using System.Runtime.CompilerServices;
using System.Text.Json;
using CsvHelper;
using NpsBot.Recovery.Insights;

namespace NpsBot.Server.Api.Exports;

/// <summary>
/// Writes the export stream to a body as it is read: CSV through CsvHelper (formula injection escaped, since the text
/// is what customers typed), JSON as one array through System.Text.Json. Nothing is buffered beyond the writers' own
/// buffers, so memory stays flat whatever the row count.
/// </summary>
public static class ResponseExportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task WriteCsvAsync(IAsyncEnumerable<ResponseRow> rows, Stream body, CancellationToken cancellationToken)
    {
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape };
        await using var csv = CsvWriter.Create(body, options, leaveOpen: true);
        await csv.WriteRecordsAsync(Refilled(rows, cancellationToken), cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }

    public static async Task WriteJsonAsync(IAsyncEnumerable<ResponseRow> rows, Stream body, CancellationToken cancellationToken) =>
        await JsonSerializer.SerializeAsync(body, rows, Json, cancellationToken);

    private static async IAsyncEnumerable<ResponseCsvRecord> Refilled(IAsyncEnumerable<ResponseRow> rows, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var record = new ResponseCsvRecord();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return record.Fill(row);
        }
    }
}
