using NpsBot.Conversations.Runner;

namespace NpsBot.Surveys.Fatigue;

/// <summary>Decides whether a customer may be surveyed now (opt-out, open case, recent handoff, recent survey); implemented by recovery.</summary>
public interface ISurveyGate
{
    /// <summary>Null when the survey may start; otherwise why not (see <see cref="SurveyRefusals"/>).</summary>
    Task<string?> RefusalAsync(TurnContext turn, CancellationToken cancellationToken);
}
