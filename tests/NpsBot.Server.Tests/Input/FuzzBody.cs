using System.Text;

namespace NpsBot.Server.Tests.Input;

/// <summary>One generated request body and how it was made (shown by FsCheck when a body fails).</summary>
public sealed record FuzzBody(string Recipe, byte[] Bytes)
{
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Bytes);
        return $"[{Recipe}] {(text.Length > 800 ? text[..800] + "..." : text)}";
    }
}
