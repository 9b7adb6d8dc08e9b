namespace NpsBot.Benchmarks.Dashboard;

/// <summary>Resident memory of this process (VmRSS from /proc/self/status on Linux; the working set elsewhere).</summary>
internal static class ProcessMemory
{
    public static double CurrentRssMb()
    {
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
                }
            }
        }

        return Environment.WorkingSet / 1048576.0;
    }
}

/// <summary>Samples the RSS every 100 ms while an export runs; keeps the peak and the value at the 100,000th row.</summary>
internal sealed class RssSampler : IDisposable
{
    private readonly Timer timer;
    private double peak;

    public RssSampler() => timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));

    public double PeakMb { get { Sample(); return peak; } }

    public double AtTenPercentMb { get; private set; }

    public void MarkTenPercent() => AtTenPercentMb = ProcessMemory.CurrentRssMb();

    public void Dispose() => timer.Dispose();

    private void Sample()
    {
        var now = ProcessMemory.CurrentRssMb();
        lock (timer)
        {
            peak = Math.Max(peak, now);
        }
    }
}

/// <summary>A write-only stream that counts bytes and keeps none (the export's body).</summary>
internal sealed class CountingStream : Stream
{
    private long length;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => length;
    public override long Position { get => length; set => throw new NotSupportedException(); }

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => length += count;
    public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) { length += count; return Task.CompletedTask; }
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) { length += buffer.Length; return ValueTask.CompletedTask; }
}
