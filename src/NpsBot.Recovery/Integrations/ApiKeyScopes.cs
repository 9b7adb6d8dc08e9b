namespace NpsBot.Recovery.Integrations;

/// <summary>Scope names as stored, printed and typed (<c>--scope read|read-write</c>).</summary>
public static class ApiKeyScopes
{
    public const string Read = "read";
    public const string ReadWrite = "read-write";

    public static string Name(ApiKeyScope scope) => scope == ApiKeyScope.ReadWrite ? ReadWrite : Read;

    public static bool TryParse(string? text, out ApiKeyScope scope)
    {
        scope = text switch { ReadWrite => ApiKeyScope.ReadWrite, _ => ApiKeyScope.Read };
        return text is Read or ReadWrite;
    }
}
