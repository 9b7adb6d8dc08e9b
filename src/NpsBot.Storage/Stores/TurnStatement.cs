using System.Data.Common;

namespace NpsBot.Storage.Stores;

/// <summary>One prepared statement of the writer connection and its parameters by their shared <c>$name</c>.</summary>
internal sealed class TurnStatement(DbCommand command, Dictionary<string, DbParameter> parameters) : IDisposable
{
    public DbCommand Command { get; } = command;

    public DbParameter this[string name] => parameters[name];

    public void Dispose() => Command.Dispose();
}
