using NpsBot.Recovery.Insights;

namespace NpsBot.Server.Api;

/// <summary>Reads the insights filter, cursor and limit from the query string; a bad value is a 400 naming its field.</summary>
public static class ApiFilter
{
    public const int DefaultLimit = 50;

    public static InsightsFilterResult Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InsightsFilterParser.Parse(name => request.Query.TryGetValue(name, out var values) ? values.ToString() : null);
    }

    /// <summary>The limit query value (1–500, default 50), or an error for the "limit" field.</summary>
    public static (int Limit, string? Error) Limit(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query["limit"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return (DefaultLimit, null);
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit)
            && limit is >= 1 and <= PageCursor.MaxLimit
            ? (limit, null)
            : (0, $"'limit' must be a whole number from 1 to {PageCursor.MaxLimit}.");
    }

    /// <summary>The cursor query value, or an error for the "cursor" field when it is not one this server wrote.</summary>
    public static (string? Cursor, string? Error) Cursor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = request.Query["cursor"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        return PageCursor.TryDecode(text, out _) ? (text, null) : (null, "'cursor' is not a cursor this API returned.");
    }

    public static IResult Problem(IReadOnlyDictionary<string, string> errors) =>
        Results.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }), title: "The query is not valid.");
}
