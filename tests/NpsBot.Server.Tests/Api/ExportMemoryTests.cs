using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Insights;
using NpsBot.Server.Api.Exports;
using NpsBot.Storage;
using NpsBot.Storage.Configurations;

namespace NpsBot.Server.Tests.Api;

/// <summary>
/// The export on a large generated table (100 000 rows in the suite; NPSBOT_EXPORT_ROWS=1000000 for the figure)
/// streams: each tenth of the rows is in the body before the next tenth is read, the rows of the first tenth are garbage
/// (collected) by the time the last is written, and every row is written. The heap after a full collection, the
/// throughput and the peak working set are reported (to the file NPSBOT_EXPORT_REPORT names), not asserted: the heap is
/// the test process's, shared with whatever else the suite left alive, so its growth measures the neighbours as much as
/// the export (34 MB was seen once in a full run).
/// </summary>
[Collection(nameof(ExportMemoryTests))]
[CollectionDefinition(nameof(ExportMemoryTests), DisableParallelization = true)]
public sealed class ExportMemoryTests : IAsyncLifetime
{
    private readonly ApiServer _server = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Rows => int.TryParse(Environment.GetEnvironmentVariable("NPSBOT_EXPORT_ROWS"), CultureInfo.InvariantCulture, out var rows) ? rows : 100_000;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_large_csv_export_streams_in_constant_memory()
    {
        await GenerateAsync(Rows);
        var reader = _server.Services.GetRequiredService<IResponseReader>();
        var samples = new List<long>();
        var body = new CountingStream();
        var progress = new StreamProgress(body, Rows / 10);
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();

        await ResponseExportWriter.WriteCsvAsync(Sampled(reader.StreamAsync(InsightsFilter.All, Ct), progress, samples, Ct), body, Ct);

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        var growth = samples.Max() - samples.Min();
        var report = (
            $"{Rows} rows, {body.Lines} lines, {body.Length / 1_048_576.0:F1} MB of CSV in {clock.Elapsed.TotalSeconds:F1} s " +
            $"({Rows / clock.Elapsed.TotalSeconds:F0} rows/s); heap after GC {samples.Min() / 1_048_576.0:F1}–{samples.Max() / 1_048_576.0:F1} MB " +
            $"(growth {growth / 1_048_576.0:F2} MB); allocated {allocated / 1_048_576.0:F0} MB in all; peak working set {process.PeakWorkingSet64 / 1_048_576.0:F0} MB");
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        if (Environment.GetEnvironmentVariable("NPSBOT_EXPORT_REPORT") is { Length: > 0 } reportFile)
        {
            await File.AppendAllTextAsync(reportFile, report + Environment.NewLine, Ct);
        }

        Assert.Equal(Rows + 1, body.Lines);
        Assert.Equal(10, samples.Count);

        // A buffering export (a list read before writing, a tracked context, a body held until the end) would have written
        // nothing by the first tenth and would still hold the first rows at the last.
        Assert.All(progress.LinesAtEachTenth.Select((lines, tenth) => (lines, tenth)), sample =>
            Assert.True(sample.lines >= ((sample.tenth + 1) * progress.Every) - StreamProgress.WriterBufferRows, $"Only {sample.lines} lines were in the body after {(sample.tenth + 1) * progress.Every} rows were read."));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.DoesNotContain(progress.FirstTenthRows, row => row.IsAlive);
    }

    private async Task GenerateAsync(int rows)
    {
        await using var context = await _server.ContextAsync();
        context.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        await context.Database.ExecuteSqlRawAsync(
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {0})
            INSERT INTO survey_responses (response_key, conversation_key, channel_id, locale, score, category, reason, follow_up_answer,
                theme, theme_guess, outcome, started_at, updated_at, completed_at)
            SELECT 'g' || i, 'conv-g' || i, 'webchat', 'en', i % 11,
                CASE WHEN i % 11 >= 9 THEN 'Promoter' WHEN i % 11 >= 7 THEN 'Passive' ELSE 'Detractor' END,
                'the parcel came late again and nobody answered, order ' || i, 'twice already', 'delivery', 'delivery', 'completed',
                {1}, {2}, {2}
            FROM n
            """,
            [rows, StoredTime(context, new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc)), StoredTime(context, new DateTime(2026, 11, 1, 10, 5, 0, DateTimeKind.Utc))],
            Ct);
    }

    // A response's time as the provider stores it: Unix milliseconds on SQLite (IntegerTimes), the time on PostgreSQL.
    private static object StoredTime(NpsBotDbContext context, DateTime at) =>
        context.Database.IsSqlite() ? UnixMillisecondsConverter.ToMilliseconds(at) : at;

    private static async IAsyncEnumerable<ResponseRow> Sampled(IAsyncEnumerable<ResponseRow> rows, StreamProgress progress, List<long> samples, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (count < progress.Every && count % 1000 == 0)
            {
                progress.FirstTenthRows.Add(new WeakReference(row));
            }

            yield return row;
            if (++count % progress.Every == 0)
            {
                progress.LinesAtEachTenth.Add(progress.Body.Lines);
                samples.Add(GC.GetTotalMemory(forceFullCollection: true));
            }
        }
    }

    /// <summary>What the export had written at each tenth of the rows, and weak handles on some rows of the first tenth.</summary>
    private sealed record StreamProgress(CountingStream Body, int Every)
    {
        /// <summary>Rows the CSV writer may hold in its buffer before the body sees them (a few KB at some 200 bytes a row).</summary>
        public const int WriterBufferRows = 1000;

        public List<long> LinesAtEachTenth { get; } = [];

        public List<WeakReference> FirstTenthRows { get; } = [];
    }

    /// <summary>A body that keeps nothing: counts bytes and line ends.</summary>
    private sealed class CountingStream : Stream
    {
        public long Lines { get; private set; }

        public override long Length => _length;

        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _length += buffer.Length;
            Lines += buffer.Count((byte)'\n');
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
