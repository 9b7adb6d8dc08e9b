namespace NpsBot.Language.EscalationRecall;

/// <summary>One labelled complaint for the escalation model: its text and its reason (<see cref="EscalationModel.NoEscalation"/> when none).</summary>
public sealed record EscalationExample(string Text, string Reason);
