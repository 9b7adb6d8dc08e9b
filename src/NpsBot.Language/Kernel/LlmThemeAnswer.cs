using System.Globalization;
using System.Text.Json;
using NpsBot.Conversations.Language;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Kernel;

/// <summary>Reads the model's strict-JSON answer; anything malformed, or a theme that is not configured, is no answer.</summary>
public static class LlmThemeAnswer
{
    public const string Source = "llm";

    public static ThemeResult? Parse(string? content, ThemeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var start = content?.IndexOf('{', StringComparison.Ordinal) ?? -1;
        var end = content?.LastIndexOf('}') ?? -1;
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(content![start..(end + 1)]);
            var root = json.RootElement;
            var theme = Theme(root, "theme", catalog);
            if (theme is null)
            {
                return null;
            }

            var confidence = root.TryGetProperty("confidence", out var c) ? ReadNumber(c) : 0.5;
            var secondary = Theme(root, "secondary_theme", catalog);
            var evidence = root.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            return new ThemeResult(theme, Math.Clamp(confidence, 0, 1), secondary == theme ? null : secondary, Source) { Evidence = evidence };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Theme(JsonElement root, string property, ThemeCatalog catalog)
    {
        if (!root.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var id = value.GetString()!.Trim().ToLowerInvariant();
        return catalog.Ids.Contains(id) ? id : null;
    }

    private static double ReadNumber(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => 0.5,
    };
}
