using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Cases;
using NpsBot.Surveys.Survey;

namespace NpsBot.Recovery.Handoff;

/// <summary>
/// What an agent gets with a case: the score, the confirmed theme and the model's guess, the redacted verbatim, the
/// remedies offered and the choice (with the discount code handed out), sentiment overall and answer by answer,
/// escalation reasons, the SLA deadlines, and this customer's earlier surveys and cases. Stored as JSON on the case
/// (<see cref="Stored"/>, read with <see cref="Of"/>).
/// </summary>
public sealed record HandoffPackage
{
    /// <summary>
    /// How the package is stored on its case, written and read: nulls and empty lists are left out (a missing list
    /// reads back empty) and sentiments keep three decimals, about 170 bytes less per case (issue 13, disk).
    /// </summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutEmptyLists } },
    };

    /// <summary>
    /// The package as <paramref name="supportCase"/> stores it (<see cref="Json"/>), without what the case's columns and its
    /// response's row already hold: the score, theme and the model's guess, the customer's words, the follow-up question,
    /// remedies offered and chosen, escalation and handoff reasons, deadlines, customer and locale. Each is left out only
    /// when it equals the row's, so the customer's words are stored once (and about 480 bytes a case less, issue 13, disk).
    /// </summary>
    public static string Stored(HandoffPackage package, SupportCase supportCase, SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(supportCase);
        ArgumentNullException.ThrowIfNull(response);
        var lean = package with
        {
            Score = LeftOut(package.Score, supportCase.Score),
            Theme = LeftOut(package.Theme, supportCase.Theme),
            ThemeGuess = LeftOut(package.ThemeGuess, response.ThemeGuess),
            Reason = LeftOut(package.Reason, response.Reason),
            FollowUpQuestion = LeftOut(package.FollowUpQuestion, response.FollowUpQuestion),
            FollowUpAnswer = LeftOut(package.FollowUpAnswer, response.FollowUpAnswer),
            RemediesOffered = package.RemediesOffered.SequenceEqual(Split(supportCase.RemediesOffered)) ? [] : package.RemediesOffered,
            Remedy = LeftOut(package.Remedy, supportCase.Remedy),
            EscalationReasons = package.EscalationReasons.SequenceEqual(Split(supportCase.EscalationReasons)) ? [] : package.EscalationReasons,
            HandoffReason = LeftOut(package.HandoffReason, supportCase.HandoffReason),
            FirstContactDue = LeftOut(package.FirstContactDue, supportCase.FirstContactDue),
            ResolutionDue = LeftOut(package.ResolutionDue, supportCase.ResolutionDue),
            CustomerId = LeftOut(package.CustomerId, supportCase.CustomerId),
            Locale = LeftOut(package.Locale, response.Locale),
        };
        return JsonSerializer.Serialize(lean, Json);
    }

    /// <summary>
    /// The package a case stores, with what <see cref="Stored"/> left out taken from the case's columns and its response's
    /// row as they are now (an agent's remedy, for one, replaces the bot's). Packages stored in full by earlier versions
    /// read as they were.
    /// </summary>
    public static HandoffPackage? Of(SupportCase supportCase, DeskResponse? response)
    {
        ArgumentNullException.ThrowIfNull(supportCase);
        if (supportCase.PackageJson is not { } json || JsonSerializer.Deserialize<HandoffPackage>(json, Json) is not { } package)
        {
            return null;
        }

        return package with
        {
            Score = package.Score ?? supportCase.Score,
            Theme = package.Theme ?? supportCase.Theme,
            ThemeGuess = package.ThemeGuess ?? response?.ThemeGuess,
            Reason = package.Reason ?? response?.Reason,
            FollowUpQuestion = package.FollowUpQuestion ?? response?.FollowUpQuestion,
            FollowUpAnswer = package.FollowUpAnswer ?? response?.FollowUpAnswer,
            RemediesOffered = package.RemediesOffered.Count > 0 ? package.RemediesOffered : Split(supportCase.RemediesOffered),
            Remedy = package.Remedy ?? supportCase.Remedy,
            EscalationReasons = package.EscalationReasons.Count > 0 ? package.EscalationReasons : Split(supportCase.EscalationReasons),
            HandoffReason = package.HandoffReason ?? supportCase.HandoffReason,
            FirstContactDue = package.FirstContactDue ?? supportCase.FirstContactDue,
            ResolutionDue = package.ResolutionDue ?? supportCase.ResolutionDue,
            CustomerId = package.CustomerId ?? supportCase.CustomerId,
            Locale = package.Locale ?? response?.Locale,
        };
    }

    /// <summary>Null when <paramref name="value"/> equals what the row holds (the reader takes it from there).</summary>
    private static T? LeftOut<T>(T? value, T? row) where T : class => Equals(value, row) ? null : value;

    private static T? LeftOut<T>(T? value, T? row) where T : struct => Equals(value, row) ? null : value;

    /// <summary>A comma-separated column (remedies offered, escalation reasons) as a list.</summary>
    public static List<string> Split(string? values) =>
        string.IsNullOrEmpty(values) ? [] : [.. values.Split(',', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A sentiment as the package keeps it: three decimals are more than the console shows.</summary>
    public static double? Rounded(double? sentiment) => sentiment is { } value ? Math.Round(value, 3) : null;

    private static void LeaveOutEmptyLists(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is not ICollection { Count: 0 };
            }
        }
    }

    public int? Score { get; init; }
    public string? Theme { get; init; }
    public string? ThemeGuess { get; init; }
    public bool? ThemeChanged { get; init; }

    /// <summary>The reason and the follow-up answer, both redacted.</summary>
    public string? Reason { get; init; }
    public string? FollowUpQuestion { get; init; }
    public string? FollowUpAnswer { get; init; }
    public IReadOnlyList<string> RemediesOffered { get; init; } = [];

    /// <summary>The remedy chosen, "none" when declined, null when not offered or not answered.</summary>
    public string? Remedy { get; init; }
    /// <summary>The discount code the chosen remedy handed out (also claimed in the pool for this case).</summary>
    public string? RemedyCode { get; init; }

    /// <summary>The lowest sentiment of the answers (-1 angry .. 1 glad).</summary>
    public double? Sentiment { get; init; }

    /// <summary>The sentiment of each answer in order: how the conversation went.</summary>
    public IReadOnlyList<double> SentimentOverTurns { get; init; } = [];
    public IReadOnlyList<string> EscalationReasons { get; init; } = [];
    public string? HandoffReason { get; init; }
    public DateTimeOffset? FirstContactDue { get; init; }
    public DateTimeOffset? ResolutionDue { get; init; }
    public string? CustomerId { get; init; }
    public string? Locale { get; init; }

    /// <summary>The customer's earlier surveys (date, score, theme, outcome), newest first.</summary>
    public IReadOnlyList<EarlierSurvey> EarlierSurveys { get; init; } = [];

    /// <summary>The customer's earlier cases (date, score, theme, status now), newest first.</summary>
    public IReadOnlyList<EarlierCase> EarlierCases { get; init; } = [];
}
