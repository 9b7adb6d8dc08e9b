using System.Text.Json;

namespace NpsBot.Conversations.Activities;

/// <summary>
/// Finds a string escape that is valid JSON but not Unicode (a lone surrogate such as <c>"\ud800"</c>). Typed fields refuse
/// it when they are read, but values kept as raw JSON (channelData, entities, unknown fields) would only fail when the turn
/// is stored, as a 500 (issue 7), so the whole body is checked once when it arrives.
/// </summary>
public static class JsonUnicodeCheck
{
    /// <summary>The path of the first string or property name that cannot be read as Unicode, or null (also for broken JSON, reported elsewhere).</summary>
    public static string? FirstInvalidString(ReadOnlySpan<byte> json)
    {
        if (json.IndexOf("\\u"u8) < 0)
        {
            return null;
        }

        var containers = new List<(bool IsArray, int Index, string Segment)>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 4096 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.RemoveAt(containers.Count - 1);
                    continue;
                }

                if (reader.TokenType != JsonTokenType.PropertyName && containers.Count > 0 && containers[^1].IsArray)
                {
                    var index = containers[^1].Index + 1;
                    containers[^1] = (true, index, $"[{index}]");
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped && !Readable(ref reader))
                {
                    return "$" + string.Concat(containers.Select(container => container.Segment));
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        containers[^1] = (false, 0, "." + reader.GetString());
                        break;
                    case JsonTokenType.StartObject:
                        containers.Add((false, 0, ""));
                        break;
                    case JsonTokenType.StartArray:
                        containers.Add((true, -1, ""));
                        break;
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    private static bool Readable(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
