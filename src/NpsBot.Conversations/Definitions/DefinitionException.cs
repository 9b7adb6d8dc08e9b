namespace NpsBot.Conversations.Definitions;

/// <summary>A dialog definition file is missing, malformed, or lacks a wording key the code uses; names the file and the key.</summary>
public sealed class DefinitionException : Exception
{
    public DefinitionException(string file, string? key, string problem, Exception? innerException = null)
        : base(key is null ? $"{file}: {problem}" : $"{file}: key '{key}': {problem}", innerException)
    {
        File = file;
        Key = key;
    }

    public DefinitionException()
        : this("(unknown file)", null, "invalid dialog definition")
    {
    }

    public DefinitionException(string message)
        : this("(unknown file)", null, message)
    {
    }

    public DefinitionException(string message, Exception innerException)
        : this("(unknown file)", null, message, innerException)
    {
    }

    /// <summary>The file, relative to the dialogs folder (for example locales/es.yaml).</summary>
    public string File { get; }

    /// <summary>The wording or setting key at fault, when there is one.</summary>
    public string? Key { get; }
}
