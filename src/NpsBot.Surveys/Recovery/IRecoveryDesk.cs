using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Survey;

namespace NpsBot.Surveys.Recovery;

/// <summary>
/// What the survey asks of recovery (implemented by NpsBot.Recovery): the themes in the bot's words, the playbook's
/// acknowledgement and remedies, and the case that stands behind every promise. The survey asks; the desk decides.
/// </summary>
public interface IRecoveryDesk
{
    /// <summary>False when no recovery is configured: no theme question, no remedies, no case, so no promise of contact.</summary>
    bool IsEnabled { get; }

    /// <summary>The theme ids a customer may pick from, in the order they are offered.</summary>
    IReadOnlyList<string> Themes { get; }

    /// <summary>A theme as a short button title ("Delivery").</summary>
    string ThemeLabel(string theme, string locale);

    /// <summary>A theme as the bot says it in a sentence ("the delivery").</summary>
    string ThemePhrase(string theme, string locale);

    /// <summary>The playbook's acknowledgement for the theme, with the first name when known; never the customer's words.</summary>
    string Acknowledge(string theme, string locale, string? firstName, string seed);

    /// <summary>The remedies the playbook allows for this theme and score, in the order offered.</summary>
    IReadOnlyList<RemedyOffer> OffersFor(string theme, int? score, string locale);

    /// <summary>False when nothing can deliver the remedy now (its discount-code pool is empty): then it is not offered.</summary>
    Task<bool> CanDeliverAsync(RemedyOffer offer, CancellationToken cancellationToken);

    /// <summary>
    /// Takes what the chosen remedy hands out (a code from its pool, claimed with the turn) for the case; not delivered
    /// when the pool ran dry since it was offered.
    /// </summary>
    Task<RemedyDelivery> DeliverAsync(TurnContext turn, RemedyOffer offer, string? caseKey, CancellationToken cancellationToken);

    /// <summary>
    /// Opens or updates the case behind this response (records and jobs go on the turn) when the policy calls for one,
    /// or whenever a handoff is asked; null when there is no case.
    /// </summary>
    Task<CaseTicket?> TrackAsync(TurnContext turn, SurveyResponse response, string? handoffReason, CancellationToken cancellationToken);

    /// <summary>The customer confirmed a new score of another category while a case is open (recorded on the case).</summary>
    void ScoreChanged(TurnContext turn, string caseKey, int oldScore, int newScore);
}
