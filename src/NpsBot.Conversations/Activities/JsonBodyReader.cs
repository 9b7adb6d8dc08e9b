using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace NpsBot.Conversations.Activities;

/// <summary>
/// Reads a JSON object that a client sent, without letting the client's mistake escape as an exception: invalid UTF-8,
/// broken JSON, a body that is not an object, nesting past the limit and a field of the wrong type or format all come
/// back as a <see cref="JsonBodyError"/> naming the field by its JSON path. The serializer's own messages are never
/// passed on, since they name our internal types. Escapes of the controls that mean nothing in chat are dropped first
/// (<see cref="ControlCharacters"/>).
/// </summary>
public static class JsonBodyReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static JsonBodyResult<T> Read<T>(ReadOnlySpan<byte> body, JsonSerializerOptions options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        if (body.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        if (!Utf8.IsValid(body))
        {
            return Fail<T>("$", "The body is not valid UTF-8.");
        }

        // A control character that means nothing in chat (U+0000...) is dropped here, on every database alike.
        if (ControlCharacters.StripJsonEscapes(body) is { } stripped)
        {
            body = stripped;
        }

        var start = body.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0)
        {
            return new JsonBodyResult<T>(null, null);
        }

        if (body[start] != (byte)'{')
        {
            return Fail<T>("$", "The body must be a JSON object.");
        }

        if (JsonUnicodeCheck.FirstInvalidString(body) is { } invalid)
        {
            return Fail<T>(invalid, $"The field '{invalid}' holds a string escape that is not valid Unicode (a lone surrogate).");
        }

        var typeInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        try
        {
            return new JsonBodyResult<T>(JsonSerializer.Deserialize(body, typeInfo), null);
        }
        catch (JsonException ex)
        {
            return new JsonBodyResult<T>(null, Explain(body, ex, typeInfo));
        }
    }

    /// <summary>Tells apart broken JSON, JSON nested too deeply and a field the type cannot take, by reading the body once more.</summary>
    private static JsonBodyError Explain(ReadOnlySpan<byte> body, JsonException ex, JsonTypeInfo typeInfo)
    {
        var field = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        var maxDepth = typeInfo.Options.MaxDepth == 0 ? 64 : typeInfo.Options.MaxDepth;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = int.MaxValue / 2 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= maxDepth)
                {
                    return new JsonBodyError(field, $"The body is nested deeper than {maxDepth} levels (at '{field}').");
                }
            }
        }
        catch (JsonException)
        {
            var position = $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}";
            return new JsonBodyError(field, $"The body is not valid JSON: it breaks off or goes wrong at '{field}' ({position}).");
        }

        return new JsonBodyError(field, $"The field '{field}' must be {JsonFieldExpectations.Describe(typeInfo, field)}.");
    }

    private static JsonBodyResult<T> Fail<T>(string field, string reason)
        where T : class => new(null, new JsonBodyError(field, reason));
}
