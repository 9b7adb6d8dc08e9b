namespace NpsBot.Recovery.Insights;

/// <summary>
/// Where each theme label came from, and managers' corrections. Every label a response gets (the model's guess, the
/// customer's confirmation, a manager's correction) is kept with its source, model or prompt version and the words
/// that support it; the newest label is the response's theme. Corrections and confirmations feed <c>train-themes</c>.
/// </summary>
public interface IThemeGovernance
{
    /// <summary>The configured themes a label may take.</summary>
    IReadOnlyList<string> Themes { get; }

    Task<RelabelOutcome> RelabelAsync(ThemeCorrection correction, CancellationToken cancellationToken);

    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<ThemeLabelView>> LabelsAsync(long responseId, CancellationToken cancellationToken);

    /// <summary>Per period: of the model's labels that a customer confirmed or a manager corrected, how many the model had right.</summary>
    Task<IReadOnlyList<ThemeAgreementPoint>> AgreementAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken);
}

/// <summary>A manager's relabel; <see cref="Reason"/> is required, at most <see cref="MaxReasonLength"/> characters.</summary>
public sealed record ThemeCorrection(long ResponseId, string Theme, string Reason, string CorrectedBy)
{
    public const int MaxReasonLength = 2000;
}

public enum RelabelOutcome
{
    Relabelled,
    UnknownResponse,
    UnknownTheme,
    ReasonMissing,
    ReasonTooLong,
    SameTheme,
}

/// <summary>
/// One label: <see cref="Source"/> is one of <see cref="ThemeSources"/>; <see cref="ModelVersion"/> names the offline
/// model or the prompt version; <see cref="Evidence"/> is the redacted words of the complaint that support it.
/// </summary>
public sealed record ThemeLabelView(
    string Theme,
    string Source,
    string? ModelVersion,
    string? Evidence,
    double? Confidence,
    DateTimeOffset At,
    string? By,
    string? Reason);

public sealed record ThemeAgreementPoint(DateOnly PeriodStart, int Reviewed, int Agreed)
{
    public double? Agreement => Reviewed == 0 ? null : (double)Agreed / Reviewed;
}
