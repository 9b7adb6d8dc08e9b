namespace NpsBot.Surveys.Survey;

/// <summary>
/// Lines that address the customer by first name are written once, with ", {name}" (or " {name}"); without a real
/// first name the placeholder goes with its comma or space ("I'm sorry about the delivery, {name}." → "I'm sorry about the delivery.").
/// </summary>
public static class NamedLine
{
    /// <summary>Stands in for a missing name while the template is filled; removed by <see cref="Finish"/>.</summary>
    public const string Marker = "\u2063name\u2063";

    /// <summary>The value to pass for {name}: the first name, or the marker.</summary>
    public static string Argument(string? firstName) => firstName ?? Marker;

    /// <summary>Removes the marker with the comma or space before it.</summary>
    public static string Finish(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(", " + Marker, string.Empty, StringComparison.Ordinal)
            .Replace(" , " + Marker, string.Empty, StringComparison.Ordinal)
            .Replace(" " + Marker, string.Empty, StringComparison.Ordinal)
            .Replace(Marker, string.Empty, StringComparison.Ordinal);
    }
}
