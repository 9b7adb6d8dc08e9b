using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Recovery;
using NpsBot.Surveys.Survey;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>A recovery desk with four themes, two remedies and a fixed deadline, recording what the survey asked of it.</summary>
internal sealed class FakeRecoveryDesk(bool inBusinessHours = true) : IRecoveryDesk
{
    public List<(string ResponseKey, string? HandoffReason)> Tracked { get; } = [];

    public bool IsEnabled => true;

    public IReadOnlyList<string> Themes { get; } = ["delivery", "service", "price", "other"];

    public string ThemeLabel(string theme, string locale) => char.ToUpperInvariant(theme[0]) + theme[1..];

    public string ThemePhrase(string theme, string locale) => $"the {theme}";

    public string Acknowledge(string theme, string locale, string? firstName, string seed) =>
        firstName is null ? $"Sorry about the {theme}." : $"Sorry about the {theme}, {firstName}.";

    public IReadOnlyList<RemedyOffer> OffersFor(string theme, int? score, string locale) =>
        theme == "delivery"
            ? [new RemedyOffer("reship", "Send a replacement", "Replacement confirmed by {deadline}.", false), Callback]
            : [Callback];

    public List<(string CaseKey, int Old, int New)> ScoreChanges { get; } = [];

    public Task<bool> CanDeliverAsync(RemedyOffer offer, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<RemedyDelivery> DeliverAsync(TurnContext turn, RemedyOffer offer, string? caseKey, CancellationToken cancellationToken) =>
        Task.FromResult(RemedyDelivery.Confirmed);

    public Task<CaseTicket?> TrackAsync(TurnContext turn, SurveyResponse response, string? handoffReason, CancellationToken cancellationToken)
    {
        if (response.Category != NpsBot.Surveys.Scoring.NpsCategory.Detractor && handoffReason is null && response.CaseKey is null)
        {
            return Task.FromResult<CaseTicket?>(null);
        }

        Tracked.Add((response.ResponseKey, handoffReason));
        return Task.FromResult<CaseTicket?>(new CaseTicket(
            $"case-{response.ResponseKey}", turn.Clock.GetUtcNow().AddHours(1), inBusinessHours, inBusinessHours ? "15:00" : "Monday 09:00"));
    }

    public void ScoreChanged(TurnContext turn, string caseKey, int oldScore, int newScore) => ScoreChanges.Add((caseKey, oldScore, newScore));

    private static RemedyOffer Callback => new("callback", "Talk to a person", "Someone will reply by {deadline}.", true);
}
