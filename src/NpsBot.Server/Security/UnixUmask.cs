using System.Runtime.InteropServices;

namespace NpsBot.Server.Security;

/// <summary>The process file-creation mask (umask(2)), so every file and folder this process creates is private to its user.</summary>
public static class UnixUmask
{
    /// <summary>group and others get nothing: new folders are 0700, new files 0600.</summary>
    public const uint OwnerOnly = 0x3F; // octal 077

    /// <summary>Sets the mask on Linux and macOS (no-op on Windows); returns the previous mask, or null where there is none.</summary>
    public static uint? Restrict(uint mask = OwnerOnly) =>
        OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? SetMask(mask) : null;

    // A blittable signature: DllImport needs no marshalling code here, so LibraryImport (and unsafe blocks) would add nothing.
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint SetMask(uint mask);
}
