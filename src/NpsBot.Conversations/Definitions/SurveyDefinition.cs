namespace NpsBot.Conversations.Definitions;

/// <summary>The typed content of <c>dialogs/nps-survey.yaml</c>: locales, company name, retry limits, review link and follow-up rules.</summary>
public sealed record SurveyDefinition
{
    public required string Id { get; init; }

    public required string DefaultLocale { get; init; }

    public required IReadOnlyList<string> Locales { get; init; }

    /// <summary>The company named in the wording when the host does not configure one.</summary>
    public required string Company { get; init; }

    public required RetryLimits MaxAttempts { get; init; }

    public required ReviewLink Review { get; init; }

    /// <summary>Rules in file order; the one whose keywords match most words of the reason wins, ties go to the first.</summary>
    public required IReadOnlyList<FollowUpRule> FollowUps { get; init; }

    /// <summary>The question asked when no rule matches.</summary>
    public required string DefaultFollowUpKey { get; init; }
}
