namespace NpsBot.Server.Security;

/// <summary>
/// The data folder holds the database, the Direct Line secret, models and keys: it is 0700 and its files 0600 (issue 7:
/// it was created 0755 with the database 0644). New files get that from the process umask (<see cref="UnixUmask"/>);
/// this fixes the folder and anything created before, by an older version or another tool, at every start.
/// </summary>
public static class DataFolderPermissions
{
    public const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder if needed and makes it and everything in it owner-only; returns how many modes changed.</summary>
    public static int Secure(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return 0;
        }

        var changed = 0;
        var root = Directory.CreateDirectory(folder, Folder);
        changed += Restrict(root, Folder);
        foreach (var entry in root.EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            if (entry.LinkTarget is not null)
            {
                continue; // A link's mode is its target's; a target outside the folder is not ours to change.
            }

            changed += Restrict(entry, entry is DirectoryInfo ? Folder : File);
        }

        return changed;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static int Restrict(FileSystemInfo entry, UnixFileMode wanted)
    {
        // Keep the owner's own bits (an executable stays executable for its owner); drop everything for group and others.
        var mode = entry.UnixFileMode;
        var target = (mode & (UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute)) | wanted;
        if (mode == target)
        {
            return 0;
        }

        entry.UnixFileMode = target;
        return 1;
    }
}
