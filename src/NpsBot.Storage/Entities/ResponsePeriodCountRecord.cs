using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Entities;

/// <summary>
/// One cell of the dashboard's weekly and monthly rollup (issue 10): how many scored responses started in the week or
/// month beginning on <see cref="Start"/> (UTC; weeks start on Monday) with this channel, locale, theme and score, and
/// how many of them completed. The same cells as <see cref="ResponseDayCountRecord"/> summed over whole weeks or months,
/// so a two-year period reads about 25 times fewer cells. Kept by database triggers on <c>survey_responses</c> (see
/// <c>Insights/PeriodCounts/PeriodCountTriggers</c>), never written by the application.
/// </summary>
public sealed class ResponsePeriodCountRecord
{
    /// <summary><see cref="PeriodGrains.Week"/> or <see cref="PeriodGrains.Month"/>.</summary>
    public required string Grain { get; set; }

    /// <summary>The first day of the week (a Monday) or of the month.</summary>
    public DateOnly Start { get; set; }
    public required string ChannelId { get; set; }

    /// <summary>The response's locale, or <see cref="DayCountKeys.None"/> for none.</summary>
    public required string Locale { get; set; }

    /// <summary>The response's theme, or <see cref="DayCountKeys.None"/> for none.</summary>
    public required string Theme { get; set; }
    public NpsCategory Category { get; set; }

    /// <summary>0 to 10, or <see cref="DayCountKeys.NoScore"/>.</summary>
    public int Score { get; set; }
    public int Responses { get; set; }
    public int Completed { get; set; }
}

/// <summary>The grains of <see cref="ResponsePeriodCountRecord"/>, as stored.</summary>
public static class PeriodGrains
{
    public const string Week = "w";
    public const string Month = "m";
}
