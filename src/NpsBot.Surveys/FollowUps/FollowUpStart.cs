namespace NpsBot.Surveys.FollowUps;

/// <summary>The survey's options when it is the follow-up of a resolved case: its response is linked to that case.</summary>
public sealed record FollowUpStart(string CaseKey);
