using NpsBot.Conversations.Language;

namespace NpsBot.Language.Evaluation;

/// <summary>One labelled score reply: language, expected status and score, text.</summary>
public sealed record ScoreCase(string Language, ScoreStatus Status, int? Score, string Text);
