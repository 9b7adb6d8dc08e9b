namespace NpsBot.Conversations.Definitions;

/// <summary>A detractor concern (delivery, price, staff...): the words that reveal it, per locale, and the sharper question to ask.</summary>
public sealed record FollowUpRule(string Concern, string QuestionKey, IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords);
