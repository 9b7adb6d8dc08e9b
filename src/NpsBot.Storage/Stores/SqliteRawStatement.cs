using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NpsBot.Storage.Stores;

/// <summary>
/// A statement of the SQLite writer run through SQLitePCL (the layer under Microsoft.Data.Sqlite) with its parameters
/// bound by position. Microsoft.Data.Sqlite finds every parameter by name at every run (a UTF-8 copy of the name, then
/// SQLite's search of the statement's names: 67 lookups a turn) and makes a binder object per value, about a tenth of the
/// writer thread's time under load (issue 13). It cannot bind by position, hence this class, written by hand.
/// </summary>
/// <remarks>
/// Values are bound as Microsoft.Data.Sqlite binds them: null as NULL, text as text, integers and booleans as integers,
/// doubles as reals, a <see cref="DateTime"/> as the text <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>. For any other value (or a
/// NaN, or text holding a NUL character) <see cref="TryExecute"/> declines and the caller runs the prepared command as
/// before. Errors are thrown as Microsoft.Data.Sqlite throws them (<see cref="SqliteException"/>).
/// </remarks>
internal sealed class SqliteRawStatement : IDisposable
{
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";
    private const int StackBytes = 512;

    private readonly sqlite3 _db;
    private readonly List<Part> _parts;

    private SqliteRawStatement(sqlite3 db, List<Part> parts)
    {
        _db = db;
        _parts = parts;
    }

    /// <summary>
    /// The statement prepared on the connection's own handle, each parameter mapped to its place in
    /// <paramref name="names"/>; null when the connection is not SQLite, SQLite cannot prepare it, or a parameter is not
    /// among the names.
    /// </summary>
    public static SqliteRawStatement? TryCreate(DbConnection connection, string sql, IReadOnlyList<string> names)
    {
        if (connection is not SqliteConnection { Handle: { } db })
        {
            return null;
        }

        var parts = new List<Part>();
        ReadOnlySpan<byte> rest = Encoding.UTF8.GetBytes(sql);
        while (!rest.IsEmpty && !IsBlank(rest))
        {
            // A statement SQLite cannot prepare yet (a table made later) stays with Microsoft.Data.Sqlite, which prepares at the first run.
            var rc = raw.sqlite3_prepare_v2(db, rest, out var statement, out var tail);
            if (rc != raw.SQLITE_OK)
            {
                statement?.Dispose();
                Dispose(parts);
                return null;
            }

            rest = tail;
            if (statement is null || statement.IsInvalid)
            {
                continue;
            }

            var slots = new int[raw.sqlite3_bind_parameter_count(statement)];
            for (var i = 0; i < slots.Length; i++)
            {
                slots[i] = IndexOf(names, raw.sqlite3_bind_parameter_name(statement, i + 1).utf8_to_string());
                if (slots[i] < 0)
                {
                    statement.Dispose();
                    Dispose(parts);
                    return null;
                }
            }

            parts.Add(new Part(statement, slots, raw.sqlite3_stmt_readonly(statement) != 0));
        }

        return new SqliteRawStatement(db, parts);
    }

    /// <summary>
    /// Runs every statement of the text with these values (by the index of their name) and gives the rows changed, as
    /// <see cref="DbCommand.ExecuteNonQuery"/> would (-1 when no statement writes); false, having run nothing, when a
    /// value is of a type it does not bind.
    /// </summary>
    public bool TryExecute(IReadOnlyList<DbParameter> parameters, out int changes)
    {
        changes = -1;
        for (var i = 0; i < parameters.Count; i++)
        {
            if (!Bindable(parameters[i].Value))
            {
                return false;
            }
        }

        foreach (var part in _parts)
        {
            for (var i = 0; i < part.Slots.Length; i++)
            {
                Bind(part.Statement, i + 1, parameters[part.Slots[i]].Value);
            }

            int rc;
            while ((rc = raw.sqlite3_step(part.Statement)) == raw.SQLITE_ROW)
            {
            }

            if (rc != raw.SQLITE_DONE)
            {
                try
                {
                    SqliteException.ThrowExceptionForRC(rc, _db);
                }
                finally
                {
                    raw.sqlite3_reset(part.Statement);
                }
            }

            if (!part.ReadOnly)
            {
                changes = Math.Max(changes, 0) + raw.sqlite3_changes(_db);
            }

            raw.sqlite3_reset(part.Statement);
        }

        return true;
    }

    public void Dispose() => Dispose(_parts);

    private static bool Bindable(object? value) => value switch
    {
        null or DBNull or int or long or bool or DateTime => true,
        string text => !text.Contains('\0', StringComparison.Ordinal),
        double number => !double.IsNaN(number),
        _ => false,
    };

    private static void Bind(sqlite3_stmt statement, int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(statement, index),
            string { Length: 0 } => raw.sqlite3_bind_text(statement, index, string.Empty),
            string text => BindText(statement, index, text),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            double number => raw.sqlite3_bind_double(statement, index, number),
            DateTime at => BindDateTime(statement, index, at),
            _ => throw new InvalidOperationException($"No binding for a {value.GetType().Name}."),
        };
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"Binding parameter {index} failed ({rc}).");
        }
    }

    /// <summary>
    /// Text bound as UTF-8, the database's encoding: bound as UTF-16, SQLite copies it and then converts the copy into a
    /// second one at every run (about 40 conversions a turn, counted). Lone surrogates become U+FFFD, as
    /// Microsoft.Data.Sqlite's own binding makes them. SQLite copies the bytes before this returns.
    /// </summary>
    private static int BindText(sqlite3_stmt statement, int index, string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (most <= StackBytes)
        {
            Span<byte> bytes = stackalloc byte[StackBytes];
            return raw.sqlite3_bind_text(statement, index, bytes[..Encoding.UTF8.GetBytes(text, bytes)]);
        }

        var rented = ArrayPool<byte>.Shared.Rent(most);
        try
        {
            return raw.sqlite3_bind_text(statement, index, rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int BindDateTime(sqlite3_stmt statement, int index, DateTime at)
    {
        Span<byte> text = stackalloc byte[32];
        at.TryFormat(text, out var written, DateTimeFormat, CultureInfo.InvariantCulture);
        return raw.sqlite3_bind_text(statement, index, text[..written]);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBlank(ReadOnlySpan<byte> sql)
    {
        foreach (var b in sql)
        {
            if (b is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)';'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Dispose(List<Part> parts)
    {
        foreach (var part in parts)
        {
            part.Statement.Dispose();
        }

        parts.Clear();
    }

    /// <summary>One statement of the text; <c>Slots[i]</c> is the place among the names of its parameter <c>i + 1</c>.</summary>
    private sealed record Part(sqlite3_stmt Statement, int[] Slots, bool ReadOnly);
}
