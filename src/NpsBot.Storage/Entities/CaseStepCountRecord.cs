namespace NpsBot.Storage.Entities;

/// <summary>
/// One cell of the dashboard's case rollup (issue 10): how many cases with a response stand at these
/// <see cref="CaseSteps"/> for responses with this channel, locale, theme, category and score, assigned to this agent
/// and rated for this agent, with the sum of their ratings. The case facts of <see cref="CaseRecord"/> counted without
/// their times, so the unfiltered funnel, SLA and agents read a few thousand cells instead of every case. Kept by
/// database triggers on <c>cases</c> (<c>Insights/CaseFacts/CaseStepCountTriggers</c>), never written by the application.
/// </summary>
public sealed class CaseStepCountRecord : Insights.IRollupKeys
{
    /// <summary>The case's <c>case_steps</c> (<c>Insights/CaseFacts/CaseSteps</c>).</summary>
    public int CaseSteps { get; set; }
    public required string ChannelId { get; set; }

    /// <summary>The response's locale, or <see cref="DayCountKeys.None"/>.</summary>
    public required string Locale { get; set; }

    /// <summary>The response's theme, or <see cref="DayCountKeys.None"/>.</summary>
    public required string Theme { get; set; }

    /// <summary>The response's category as stored on the case (the enum's name), or <see cref="DayCountKeys.None"/> for an unscored response.</summary>
    public required string Category { get; set; }

    /// <summary>0 to 10, or <see cref="DayCountKeys.NoScore"/>.</summary>
    public int Score { get; set; }

    /// <summary>The case's assignee, or <see cref="DayCountKeys.None"/>.</summary>
    public required string Assignee { get; set; }

    /// <summary>The agent a rating is credited to when the case has a rating and that agent, else <see cref="DayCountKeys.None"/>.</summary>
    public required string RatingAgent { get; set; }
    public int Cases { get; set; }

    /// <summary>Cases with a rating credited to <see cref="RatingAgent"/>.</summary>
    public int Rated { get; set; }

    /// <summary>The sum of those ratings (their average = <see cref="RatingSum"/> / <see cref="Rated"/>).</summary>
    public long RatingSum { get; set; }
}
