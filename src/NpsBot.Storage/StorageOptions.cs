using Microsoft.Data.Sqlite;

namespace NpsBot.Storage;

/// <summary>Where the database lives: <c>npsbot.db</c> in <see cref="DataDirectory"/>, unless <see cref="ConnectionString"/> is set.</summary>
public sealed record StorageOptions
{
    public const string SectionName = "Storage";
    public const string DatabaseFileName = "npsbot.db";

    /// <summary>Folder of the SQLite file, relative to the working directory or absolute.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>A full SQLite connection string; when set, <see cref="DataDirectory"/> is not used.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>
    /// How long a handled activity's replies are kept to answer a re-sent one (channels retry within minutes); older
    /// ones are pruned by the <c>storage.prune</c> job. A re-send after that runs as a new message.
    /// </summary>
    public TimeSpan ReplayRetention { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How often the <c>storage.prune</c> job runs when it has no backlog.</summary>
    public TimeSpan PruneInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per write by the <c>storage.prune</c> job (each batch is one short write between turns).</summary>
    public int PruneBatchSize { get; init; } = 1000;

    /// <summary>The connection string every connection of this process uses (pooled, so opening is cheap).</summary>
    public string ResolveConnectionString()
    {
        var builder = string.IsNullOrWhiteSpace(ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(DataDirectory, DatabaseFileName) }
            : new SqliteConnectionStringBuilder(ConnectionString);
        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>The folder holding the database file, or null for an in-memory database.</summary>
    public string? ResolveDirectory()
    {
        var dataSource = new SqliteConnectionStringBuilder(ResolveConnectionString()).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return null;
        }

        return Path.GetDirectoryName(Path.GetFullPath(dataSource));
    }
}
