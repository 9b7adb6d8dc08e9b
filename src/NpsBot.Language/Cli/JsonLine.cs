using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NpsBot.Language.Cli;

/// <summary>Writes one JSON object per line, keeping accents and emojis readable (the output is for people and scripts, not HTML).</summary>
public static class JsonLine
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
