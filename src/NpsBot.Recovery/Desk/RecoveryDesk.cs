using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Playbooks;
using NpsBot.Recovery.Sla;
using NpsBot.Surveys.Recovery;
using NpsBot.Surveys.Survey;

namespace NpsBot.Recovery.Desk;

/// <summary>
/// Recovery as the survey sees it: the playbooks' wording and remedies, and the case behind every detractor and every
/// handoff (opened, updated, its SLA clocks computed in business hours and their checks scheduled, all with the turn).
/// </summary>
public sealed class RecoveryDesk(PlaybookCatalog playbooks, RecoveryOptions options) : IRecoveryDesk
{
    private readonly BusinessCalendar _calendar = new(options.Sla.Hours);

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

    public CaseTicket? Track(TurnContext turn, SurveyResponse response, string? handoffReason)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(response);
        if (!CasePolicy.NeedsCase(response, handoffReason, options))
        {
            return null;
        }

        var now = turn.Clock.GetUtcNow();
        var opened = CaseRecords.Write(turn, response, handoffReason, _calendar, options.Sla, now);
        var replyBy = opened.FirstContactDue;
        return new CaseTicket(
            opened.CaseKey,
            replyBy,
            _calendar.IsOpen(now),
            DeadlineText.Format(_calendar.ToLocal(replyBy), _calendar.ToLocal(now), response.Locale));
    }

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
