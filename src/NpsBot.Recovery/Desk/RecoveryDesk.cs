using System.Text.Json;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Handoff;
using NpsBot.Recovery.Playbooks;
using NpsBot.Recovery.Sla;
using NpsBot.Surveys.Recovery;
using NpsBot.Surveys.Survey;

namespace NpsBot.Recovery.Desk;

/// <summary>
/// Recovery as the survey sees it: the playbooks' wording and remedies, and the case behind every detractor and every
/// handoff (opened, updated, its SLA clocks computed in business hours and their checks scheduled, all with the turn),
/// with the customer's earlier surveys and cases in its package; at a handoff the queue position, and in
/// <c>botframework</c> mode the <c>handoff.initiate</c> event; discount codes drawn from their pools.
/// </summary>
public sealed class RecoveryDesk(PlaybookCatalog playbooks, RecoveryOptions options, RecoveryStores? stores = null) : IRecoveryDesk
{
    /// <summary>The longest queue whose place a customer is told ("you are number 50"); behind more, the deadline alone.</summary>
    public const int TellPlaceUpTo = 50;

    private readonly BusinessCalendar _calendar = new(options.Sla.Hours);
    private readonly RecoveryStores _stores = stores ?? RecoveryStores.None;

    public bool IsEnabled => true;

    public IReadOnlyList<string> Themes { get; } = [.. playbooks.Playbooks.Select(p => p.Theme)];

    public BusinessCalendar Calendar => _calendar;

    public string ThemeLabel(string theme, string locale) => Book(theme).Label[playbooks.LocaleOf(locale)];

    public string ThemePhrase(string theme, string locale) => Book(theme).Phrase[playbooks.LocaleOf(locale)];

    public string Acknowledge(string theme, string locale, string? firstName, string seed)
    {
        var variants = Book(theme).Acknowledgements[playbooks.LocaleOf(locale)];
        var text = variants[(int)(StableHash($"{seed}|{theme}") % (uint)variants.Count)];
        var args = new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = NamedLine.Argument(firstName) };
        return NamedLine.Finish(TemplateText.Format(text, args));
    }

    public IReadOnlyList<RemedyOffer> OffersFor(string theme, int? score, string locale)
    {
        var language = playbooks.LocaleOf(locale);
        return [.. Book(theme).Remedies
            .Select(code => playbooks.Remedies[code])
            .Where(remedy => score is null || score <= remedy.MaxScore)
            .Select(remedy => new RemedyOffer(remedy.Code, remedy.Title[language], remedy.Confirmation[language], remedy.Callback))];
    }

    public async Task<bool> CanDeliverAsync(RemedyOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return PoolOf(offer) is not { } pool || await _stores.Codes.HasCodesAsync(pool, cancellationToken);
    }

    public async Task<RemedyDelivery> DeliverAsync(TurnContext turn, RemedyOffer offer, string? caseKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(offer);
        if (PoolOf(offer) is not { } pool)
        {
            return RemedyDelivery.Confirmed;
        }

        var now = turn.Clock.GetUtcNow();
        if (caseKey is null || await _stores.Codes.PeekAsync(pool, cancellationToken) is not { } code)
        {
            if (caseKey is not null)
            {
                turn.AddRecord(new CaseEvent(caseKey, CaseEventKinds.RemedyUnavailable, CaseEvent.BotActor, now, $"{offer.Code}: pool {pool} is empty"));
            }

            return RemedyDelivery.Unavailable;
        }

        turn.AddRecord(new DiscountCodeClaim(pool, code, caseKey, now));
        return new RemedyDelivery(true, code);
    }

    public async Task<CaseTicket?> TrackAsync(TurnContext turn, SurveyResponse response, string? handoffReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(response);
        if (!CasePolicy.NeedsCase(response, handoffReason, options))
        {
            return null;
        }

        var now = turn.Clock.GetUtcNow();
        var past = response.CustomerId is { } customer && _stores.CustomerRecords is { } records && options.Handoff.EarlierRecords > 0
            ? await records.EarlierAsync(customer, response.ResponseKey, options.Handoff.EarlierRecords, cancellationToken)
            : CustomerPast.None;
        var opened = CaseRecords.Write(turn, response, handoffReason, _calendar, options.Sla, now, past);
        var replyBy = opened.FirstContactDue;
        var inHours = _calendar.IsOpen(now);
        int? position = null;
        if (handoffReason is not null)
        {
            turn.State.Values[HandoffStates.CaseKeyValue] = JsonSerializer.SerializeToElement(opened.CaseKey);

            // The customer's true place: 1 + the handed-off cases nobody has answered yet that come before theirs. Past
            // TellPlaceUpTo the place is not told (the deadline is), so a long queue costs no more to count than a short one.
            if (inHours && _stores.Queue is { } queue)
            {
                var ahead = await queue.WaitingAheadAsync(opened.CaseKey, opened.Priority, opened.OpenedAt, TellPlaceUpTo, cancellationToken);
                position = ahead < TellPlaceUpTo ? 1 + ahead : null;
            }

            if (options.Handoff.Mode == HandoffModes.BotFramework)
            {
                await InitiateHandoffAsync(turn, opened, cancellationToken);
            }
        }

        return new CaseTicket(
            opened.CaseKey,
            replyBy,
            inHours,
            DeadlineText.Format(_calendar.ToLocal(replyBy), _calendar.ToLocal(now), response.Locale),
            position);
    }

    public void ScoreChanged(TurnContext turn, string caseKey, int oldScore, int newScore)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var stillDetractor = new Surveys.Scoring.NpsScore(newScore).Category == Surveys.Scoring.NpsCategory.Detractor;
        var wasDetractor = new Surveys.Scoring.NpsScore(oldScore).Category == Surveys.Scoring.NpsCategory.Detractor;
        turn.AddRecord(new CaseScoreChange(caseKey, oldScore, newScore, CloseIfUntouched: wasDetractor && !stillDetractor, turn.Clock.GetUtcNow()));
    }

    /// <summary>The agent hub's handoff.initiate event, with the redacted transcript so far, sent to the channel with the turn.</summary>
    private async Task InitiateHandoffAsync(TurnContext turn, SupportCase opened, CancellationToken cancellationToken)
    {
        var stored = turn.ConversationKey is { } key && _stores.Transcripts is { } transcripts
            ? await transcripts.LinesAsync(key, cancellationToken)
            : [];
        turn.Send(HandoffInitiation.Create(turn, opened, stored));
        turn.AddRecord(new CaseEvent(opened.CaseKey, CaseEventKinds.HandoffInitiated, CaseEvent.BotActor, turn.Clock.GetUtcNow(), HandoffStates.InitiateEvent));
    }

    private string? PoolOf(RemedyOffer offer) => playbooks.Remedies.TryGetValue(offer.Code, out var remedy) ? remedy.Pool : null;

    private Playbook Book(string theme) =>
        playbooks.For(theme) ?? playbooks.For("other") ?? throw new InvalidOperationException($"No playbook for theme '{theme}'.");

    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
