using System.Data.Common;

namespace NpsBot.Storage.Stores;

/// <summary>One prepared statement of the writer connection and its parameters by their shared <c>$name</c>.</summary>
internal sealed class TurnStatement(TurnCommands owner, DbCommand command, Dictionary<string, DbParameter> parameters) : IDisposable
{
    /// <summary>The writer's statements this one belongs to (it knows whether statements are being deferred).</summary>
    public TurnCommands Owner { get; } = owner;

    public DbCommand Command { get; } = command;

    /// <summary>Every parameter of the statement, with the value it has now.</summary>
    public DbParameterCollection Parameters => Command.Parameters;

    public DbParameter this[string name] => parameters[name];

    public void Dispose() => Command.Dispose();
}
