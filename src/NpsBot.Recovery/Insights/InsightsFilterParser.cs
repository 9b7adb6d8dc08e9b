using System.Globalization;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Recovery.Insights;

/// <summary>
/// Reads an <see cref="InsightsFilter"/> from query-string values; every problem names its field, so an endpoint
/// answers 400 with problem details and a page can show the message beside the control.
/// </summary>
public static class InsightsFilterParser
{
    public const string FromField = "from";
    public const string ToField = "to";
    public const string ChannelField = "channel";
    public const string LocaleField = "locale";
    public const string ThemeField = "theme";
    public const string AgentField = "agent";
    public const string BandField = "band";
    public const string ScoreField = "score";
    public const string StageField = "stage";

    /// <summary>Longest text accepted for channel, locale, theme and agent.</summary>
    public const int MaxTextLength = 256;

    /// <summary>The query-string names the filter uses.</summary>
    public static IReadOnlyList<string> Fields { get; } = [FromField, ToField, ChannelField, LocaleField, ThemeField, AgentField, BandField, ScoreField, StageField];

    /// <summary>Parses a raw query string ("?from=...&amp;band=detractor"); unknown parameters are ignored.</summary>
    public static InsightsFilterResult ParseQueryString(string? query)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (query ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            values[name] = value;
        }

        return Parse(name => values.GetValueOrDefault(name));
    }

    /// <summary>Parses the filter from a lookup of single query values (null or empty = not set).</summary>
    public static InsightsFilterResult Parse(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var from = Time(value(FromField), FromField, errors);
        var to = Time(value(ToField), ToField, errors);
        if (from is not null && to is not null && to <= from)
        {
            errors[ToField] = "'to' must be later than 'from'.";
        }

        var band = Band(value(BandField), errors);
        var filter = new InsightsFilter
        {
            From = from,
            To = to,
            Channel = Text(value(ChannelField), ChannelField, errors),
            Locale = Text(value(LocaleField), LocaleField, errors),
            Theme = Text(value(ThemeField), ThemeField, errors),
            Agent = Text(value(AgentField), AgentField, errors),
            Band = band,
            Score = Score(value(ScoreField), errors),
            Stage = Stage(value(StageField), errors),
        };
        return new InsightsFilterResult(errors.Count == 0 ? filter : null, errors);
    }

    /// <summary>The band's name in a query string: detractor, passive or promoter.</summary>
    public static string BandName(NpsCategory band) => band switch
    {
        NpsCategory.Detractor => "detractor",
        NpsCategory.Passive => "passive",
        _ => "promoter",
    };

    /// <summary>The stage's name in a query string: case-opened, contact-within-sla, resolved, resolved-with-person, resurveyed or recovered.</summary>
    public static string StageName(FunnelStage stage) => stage switch
    {
        FunnelStage.CaseOpened => "case-opened",
        FunnelStage.ContactWithinSla => "contact-within-sla",
        FunnelStage.Resolved => "resolved",
        FunnelStage.ResolvedWithPerson => "resolved-with-person",
        FunnelStage.Resurveyed => "resurveyed",
        _ => "recovered",
    };

    private static int? Score(string? text, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 10)
        {
            return score;
        }

        errors[ScoreField] = "'score' must be a whole number from 0 to 10.";
        return null;
    }

    private static FunnelStage? Stage(string? text, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var stage in Enum.GetValues<FunnelStage>())
        {
            if (string.Equals(StageName(stage), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return stage;
            }
        }

        errors[StageField] = "'stage' must be case-opened, contact-within-sla, resolved, resolved-with-person, resurveyed or recovered.";
        return null;
    }

    private static DateTimeOffset? Time(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            && time.Year is >= 2000 and <= 9000)
        {
            return time;
        }

        errors[field] = $"'{field}' must be a date or an ISO 8601 time (2026-12-01 or 2026-12-01T09:00:00Z).";
        return null;
    }

    private static NpsCategory? Band(string? text, Dictionary<string, string> errors) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "detractor" or "detractors" => NpsCategory.Detractor,
        "passive" or "passives" => NpsCategory.Passive,
        "promoter" or "promoters" => NpsCategory.Promoter,
        _ => BadBand(errors),
    };

    private static NpsCategory? BadBand(Dictionary<string, string> errors)
    {
        errors[BandField] = "'band' must be detractor, passive or promoter.";
        return null;
    }

    private static string? Text(string? text, string field, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxTextLength || text.Any(char.IsControl))
        {
            errors[field] = $"'{field}' must be at most {MaxTextLength} characters without control characters.";
            return null;
        }

        return text.Trim();
    }
}
