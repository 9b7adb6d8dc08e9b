using System.Data.Common;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// What a test server left in its database, read on the provider the tests run on (<see cref="TestStorage"/>): every
/// value of every row of every table, and the database's own files. On SQLite those files are the data folder's
/// (<see cref="DataFolderScan"/> reads them, free pages and the WAL included); on PostgreSQL they are the test database's
/// files in the cluster (<c>base/&lt;oid&gt;</c>, after a CHECKPOINT wrote every page out), dead row versions included.
/// </summary>
public static class StoredData
{
    /// <summary>The tables of the data folder's database.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        await using var connection = TestStorage.OpenConnection(dataDirectory);
        return await TablesAsync(connection, cancellationToken);
    }

    /// <summary>"table.column: 'fragment' (encoding)" for every value, text or binary, of every row of every table holding a fragment.</summary>
    public static async Task<IReadOnlyList<string>> FindInRowsAsync(string dataDirectory, IEnumerable<string> fragments, CancellationToken cancellationToken)
    {
        var patterns = PersonalData.Patterns(fragments).ToList();
        await using var connection = TestStorage.OpenConnection(dataDirectory);
        var found = new List<string>();
        foreach (var table in await TablesAsync(connection, cancellationToken))
        {
            await using var dump = connection.CreateCommand();
#pragma warning disable CA2100 // Names come from the database's own catalogue.
            dump.CommandText = $"SELECT * FROM \"{table}\"";
#pragma warning restore CA2100
            await using var reader = await dump.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var bytes = reader.IsDBNull(column) ? [] : reader.GetValue(column) switch
                    {
                        string text => System.Text.Encoding.UTF8.GetBytes(text),
                        byte[] blob => blob,
                        _ => [],
                    };
                    found.AddRange(patterns
                        .Where(p => bytes.AsSpan().IndexOf(p.Bytes) >= 0)
                        .Select(p => $"{table}.{reader.GetName(column)}: '{p.Fragment}' ({p.Encoding})"));
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Every file the database and the server keep (SQLite: the data folder; PostgreSQL: the data folder, for the keys
    /// and secrets, and the test database's files in the cluster) searched for the fragments as raw bytes; and the
    /// files read, relative to their folder, for asserting that the scan saw the database.
    /// </summary>
    public static async Task<(IReadOnlyList<string> Found, IReadOnlyList<string> Files)> FindInFilesAsync(
        string dataDirectory, IEnumerable<string> fragments, CancellationToken cancellationToken)
    {
        var list = fragments.ToList();
        var found = DataFolderScan.Find(dataDirectory, list).ToList();
        var files = DataFolderScan.Files(dataDirectory).ToList();
        if (!TestStorage.IsPostgres)
        {
            return (found, files);
        }

        await using var connection = TestStorage.OpenConnection(dataDirectory);
        var (inDatabase, databaseFiles) = await FindInPostgresFilesAsync(connection, list, cancellationToken);
        return ([.. found, .. inDatabase], [.. files, .. databaseFiles]);
    }

    /// <summary>
    /// The files of the PostgreSQL database <paramref name="connection"/> is open on (tables, indexes, TOAST and the
    /// catalogues, pg_statistic included) searched for the fragments as raw bytes, dead row versions included; and the
    /// files read.
    /// </summary>
    public static async Task<(IReadOnlyList<string> Found, IReadOnlyList<string> Files)> FindInPostgresFilesAsync(
        DbConnection connection, IEnumerable<string> fragments, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        var files = new List<string>();
        var databaseFolder = await PostgresDatabaseFolderAsync(connection, cancellationToken);
        var patterns = PersonalData.Patterns(fragments).ToList();
        foreach (var file in Directory.EnumerateFiles(databaseFolder).Where(IsRelationFile))
        {
            // A relation file can go while the scan runs (VACUUM FULL writes a new one): what is gone is not at rest.
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                continue;
            }

            var name = "postgres:" + Path.GetFileName(file);
            files.Add(name);
            var matches = patterns.Where(p => bytes.AsSpan().IndexOf(p.Bytes) >= 0).ToList();
            if (matches.Count > 0)
            {
                var relation = await RelationOfFileAsync(connection, Path.GetFileName(file), cancellationToken);
                found.AddRange(matches.Select(p => $"{name} ({relation}): '{p.Fragment}' ({p.Encoding})"));
            }
        }

        return (found, files);
    }

    // The relation a file holds ("pg_statistic", "cases"), to say where a fragment was found; "?" for a file no relation has any more.
    private static async Task<string> RelationOfFileAsync(DbConnection connection, string fileName, CancellationToken cancellationToken)
    {
        var node = fileName.Split('.', '_')[0];
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // A number parsed from the file's name.
        command.CommandText = $"SELECT coalesce(pg_filenode_relation(0, {long.Parse(node, System.Globalization.CultureInfo.InvariantCulture)})::regclass::text, '?')";
#pragma warning restore CA2100
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // The files of tables, indexes and TOAST ("16384", "16384.1", "16384_fsm"); not the catalogue cache (pg_internal.init).
    private static bool IsRelationFile(string path) => char.IsAsciiDigit(Path.GetFileName(path)[0]);

    /// <summary>One number from the data folder's database (a count).</summary>
    public static async Task<long> CountAsync(string dataDirectory, string sql, CancellationToken cancellationToken)
    {
        await using var connection = TestStorage.OpenConnection(dataDirectory);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant SQL of the calling test.
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var list = connection.CreateCommand();
        list.CommandText = TestStorage.IsPostgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    // The folder of the test database's files in the cluster, once every page in memory has been written there.
    private static async Task<string> PostgresDatabaseFolderAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "CHECKPOINT";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = "SELECT current_setting('data_directory') || '/base/' || oid FROM pg_database WHERE datname = current_database()";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
