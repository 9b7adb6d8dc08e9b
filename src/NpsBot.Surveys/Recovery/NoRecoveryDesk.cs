using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Survey;

namespace NpsBot.Surveys.Recovery;

/// <summary>The survey without recovery: no theme question, no remedies, no case, and so no promise that someone will call.</summary>
public sealed class NoRecoveryDesk : IRecoveryDesk
{
    public static NoRecoveryDesk Instance { get; } = new();

    public bool IsEnabled => false;

    public IReadOnlyList<string> Themes => [];

    public string ThemeLabel(string theme, string locale) => theme;

    public string ThemePhrase(string theme, string locale) => theme;

    public string Acknowledge(string theme, string locale, string? firstName, string seed) => string.Empty;

    public IReadOnlyList<RemedyOffer> OffersFor(string theme, int? score, string locale) => [];

    public Task<bool> CanDeliverAsync(RemedyOffer offer, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<RemedyDelivery> DeliverAsync(TurnContext turn, RemedyOffer offer, string? caseKey, CancellationToken cancellationToken) =>
        Task.FromResult(RemedyDelivery.Unavailable);

    public Task<CaseTicket?> TrackAsync(TurnContext turn, SurveyResponse response, string? handoffReason, CancellationToken cancellationToken) =>
        Task.FromResult<CaseTicket?>(null);

    public void ScoreChanged(TurnContext turn, string caseKey, int oldScore, int newScore)
    {
    }
}
