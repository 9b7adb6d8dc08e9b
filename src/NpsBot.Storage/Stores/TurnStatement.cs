using System.Data.Common;

namespace NpsBot.Storage.Stores;

/// <summary>
/// One prepared statement of the writer connection and its parameters by their shared <c>$name</c>; on SQLite also the
/// same statement bound by position (<see cref="SqliteRawStatement"/>), which runs it when its values allow.
/// </summary>
internal sealed class TurnStatement(TurnCommands owner, DbCommand command, Dictionary<string, DbParameter> parameters, SqliteRawStatement? raw) : IDisposable
{
    private readonly DbParameter[] _inOrder = [.. parameters.Values];

    /// <summary>The writer's statements this one belongs to (it knows whether statements are being deferred).</summary>
    public TurnCommands Owner { get; } = owner;

    public DbCommand Command { get; } = command;

    /// <summary>Every parameter of the statement, with the value it has now.</summary>
    public DbParameterCollection Parameters => Command.Parameters;

    public DbParameter this[string name] => parameters[name];

    /// <summary>Runs it with the parameters' values as they are now and gives the rows changed, as ExecuteNonQuery does.</summary>
    public int ExecuteNonQuery() =>
        raw is not null && raw.TryExecute(_inOrder, out var changes) ? changes : Command.ExecuteNonQuery();

    public void Dispose()
    {
        raw?.Dispose();
        Command.Dispose();
    }
}
