using NpsBot.Conversations.Runner;

namespace NpsBot.Surveys.Fatigue;

/// <summary>Lets every survey start (no history to look at).</summary>
public sealed class OpenSurveyGate : ISurveyGate
{
    public static OpenSurveyGate Instance { get; } = new();

    public Task<string?> RefusalAsync(TurnContext turn, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
