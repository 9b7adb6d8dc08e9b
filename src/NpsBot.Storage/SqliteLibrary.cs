using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NpsBot.Storage;

/// <summary>
/// How SQLite allocates memory for NpsBot (issue 13, CPU): no memory statistics in the process, a larger lookaside for
/// the turn writer. Counted at 32 customers with a uprobe on the library, the writer called <c>malloc</c> about 300 times
/// and entered a mutex about 700 times per turn; with both, about 80 and 105.
/// </summary>
internal static class SqliteLibrary
{
    /// <summary>The writer's lookaside slots: 1,000 of 1,200 bytes (SQLite's default is 40; 500 left about 88 mallocs a turn, 1,000 to 8,000 about 78).</summary>
    private const int LookasideSlotSize = 1200;
    private const int LookasideSlots = 1000;

    private static int _configured;

    /// <summary>
    /// Memory statistics off. The bundled SQLite keeps them by default, and every allocation and every free takes a
    /// global mutex to count it. NpsBot reads none of them (no <c>sqlite3_memory_used</c>, no soft heap limit). SQLite
    /// accepts the setting only before it initializes; afterwards (a test host that opened a connection first) it refuses
    /// it and the statistics stay on: nothing else changes. True when SQLite took it.
    /// </summary>
    public static bool KeepNoMemoryStatistics()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
        {
            return false;
        }

        // Microsoft.Data.Sqlite picks the native library in its static constructor; SQLitePCL needs it picked first.
        RuntimeHelpers.RunClassConstructor(typeof(SqliteConnection).TypeHandle);
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0) == raw.SQLITE_OK;
    }

    /// <summary>
    /// A lookaside of <see cref="LookasideSlots"/> slots for the turn writer's connection. The lookaside is a
    /// connection's own pool of small allocations, taken without <c>malloc</c> or a lock. SQLite's default (40 slots) is
    /// used up on the writer, which keeps many statements prepared, so each statement run allocated its cursors, records
    /// and bound text from <c>malloc</c>. About 1.2 MB, once. SQLite takes the setting only on a connection that has not
    /// allocated from its lookaside yet (the writer opens its own, unpooled); else it refuses and the default stays.
    /// </summary>
    public static bool GiveWriterLookaside(sqlite3 db) =>
        raw.sqlite3_db_config(db, raw.SQLITE_DBCONFIG_LOOKASIDE, IntPtr.Zero, LookasideSlotSize, LookasideSlots) == raw.SQLITE_OK;
}
