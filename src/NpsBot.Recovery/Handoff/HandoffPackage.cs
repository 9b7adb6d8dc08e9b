using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NpsBot.Recovery.Handoff;

/// <summary>
/// What an agent gets with a case: the score, the confirmed theme and the model's guess, the redacted verbatim, the
/// remedies offered and the choice (with the discount code handed out), sentiment overall and answer by answer,
/// escalation reasons, the SLA deadlines, and this customer's earlier surveys and cases. Stored as JSON on the case.
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
    public DateTimeOffset FirstContactDue { get; init; }
    public DateTimeOffset ResolutionDue { get; init; }
    public string? CustomerId { get; init; }
    public string? Locale { get; init; }

    /// <summary>The customer's earlier surveys (date, score, theme, outcome), newest first.</summary>
    public IReadOnlyList<EarlierSurvey> EarlierSurveys { get; init; } = [];

    /// <summary>The customer's earlier cases (date, score, theme, status now), newest first.</summary>
    public IReadOnlyList<EarlierCase> EarlierCases { get; init; } = [];
}
