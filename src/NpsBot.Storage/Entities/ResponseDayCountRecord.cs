using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Entities;

/// <summary>
/// One cell of the dashboard's daily rollup (issue 10): how many scored responses started on <see cref="Day"/> (UTC)
/// with this channel, locale, theme and score, and how many of them completed. Kept by database triggers on
/// <c>survey_responses</c> (see <c>Insights/DayCounts/DayCountTriggers</c>), never written by the application.
/// </summary>
public sealed class ResponseDayCountRecord
{
    public DateOnly Day { get; set; }
    public required string ChannelId { get; set; }

    /// <summary>The response's locale, or <see cref="DayCountKeys.None"/> for none (a key column cannot be null).</summary>
    public required string Locale { get; set; }

    /// <summary>The response's theme, or <see cref="DayCountKeys.None"/> for none.</summary>
    public required string Theme { get; set; }
    public NpsCategory Category { get; set; }

    /// <summary>0 to 10, or <see cref="DayCountKeys.NoScore"/>.</summary>
    public int Score { get; set; }
    public int Responses { get; set; }
    public int Completed { get; set; }
}

/// <summary>What the rollup stores for a null key value.</summary>
public static class DayCountKeys
{
    public const string None = "";
    public const int NoScore = -1;
}
