namespace NpsBot.Server.Tests.Support;

/// <summary>
/// Reads every file under a data folder as raw bytes (the SQLite file with all its pages, free ones included, the
/// -wal and -shm files, the key ring, the theme model) and reports where any of the given strings occurs.
/// </summary>
public static class DataFolderScan
{
    public static IReadOnlyList<string> Find(string dataDirectory, IEnumerable<string> fragments)
    {
        var patterns = PersonalData.Patterns(fragments).ToList();

        // SQLite deletes the -wal file when its last connection closes, after copying it into the database file: a file
        // gone between the listing and the read means the folder changed under the scan, which then starts over (reading
        // on would miss what moved from the -wal into a database file already read).
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return FindOnce(dataDirectory, patterns);
            }
            catch (FileNotFoundException) when (attempt < 5)
            {
            }
        }
    }

    private static List<string> FindOnce(string dataDirectory, List<(string Fragment, string Encoding, byte[] Bytes)> patterns)
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories))
        {
            var bytes = ReadShared(file);
            foreach (var (fragment, encoding, pattern) in patterns)
            {
                if (bytes.AsSpan().IndexOf(pattern) >= 0)
                {
                    found.Add($"{Path.GetRelativePath(dataDirectory, file)}: '{fragment}' ({encoding})");
                }
            }
        }

        return found;
    }

    /// <summary>The files the scan reads, for asserting that it saw the database, its WAL and the keys.</summary>
    public static IReadOnlyList<string> Files(string dataDirectory) =>
        Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(dataDirectory, file)).ToList();

    private static byte[] ReadShared(string file)
    {
        // The server may still have the database open: read alongside it.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
