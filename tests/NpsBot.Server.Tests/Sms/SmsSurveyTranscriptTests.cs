using Microsoft.EntityFrameworkCore;
using NpsBot.Channels.Sms;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Sms;

/// <summary>
/// A whole detractor survey by SMS in every shipped locale, started by a proactive invite: score, reason, follow-up, the
/// theme confirmed by number, a remedy chosen by number. Every message is within the segment budget; the segments each
/// locale costs are written to the test output (the figures in the README).
/// </summary>
public sealed class SmsSurveyTranscriptTests : IAsyncLifetime
{
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync();

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Theory]
    [InlineData("en", "+447700900201", "my parcel arrived two weeks late", "it was the first time")]
    [InlineData("es", "+34600900202", "mi paquete llegó dos semanas tarde", "fue la primera vez")]
    // Not "en retard": the offline escalation check reads the French word "retard" as abuse and hands the customer
    // over at once (a Language issue, reported with issue 11's SMS work).
    [InlineData("fr", "+33600900203", "la livraison a pris deux semaines de plus que prévu", "c'était la première fois")]
    [InlineData("de", "+49151900204", "mein Paket kam zwei Wochen zu spät", "es war das erste Mal")]
    [InlineData("pt", "+351910900205", "minha encomenda chegou duas semanas atrasada", "foi a primeira vez")]
    [InlineData("nl", "+31600900206", "mijn pakket kwam twee weken te laat", "het was de eerste keer")]
    public async Task A_detractor_answers_a_whole_survey_by_sms_choosing_by_number(string locale, string number, string reason, string followUp)
    {
        var invited = await new SurveysApi(_sms.Server.CreateClient(), _sms.ApiKey).InviteAsync(
            new { eventId = "delivery-" + number, channel = "sms", to = number, locale }, Ct);
        await _sms.Twilio.WaitForAsync(number, 1, Ct);
        var phone = _sms.Customer(number);
        var answers = new Queue<string>(["2", reason, followUp]);
        var sent = new List<string>();

        for (var turn = 0; turn < 8 && !await FinishedAsync(number); turn++)
        {
            var said = await _sms.OutboundTranscriptAsync(number, Ct);
            var answer = said[^1].Contains("\n1. ", StringComparison.Ordinal) ? "1"
                : answers.TryDequeue(out var next) ? next
                : throw new Xunit.Sdk.XunitException($"No answer left for: {string.Join(" || ", said)} (sent: {string.Join(" / ", sent)})");
            sent.Add(answer);
            await phone.TextAsync(answer, Ct);
        }

        var outbound = await _sms.OutboundTranscriptAsync(number, Ct);
        var messages = await _sms.Twilio.WaitForAsync(number, outbound.Count, Ct);
        await using var context = await _sms.DatabaseAsync(Ct);
        var key = SmsServer.ConversationKey(number);
        var response = await context.SurveyResponses.SingleAsync(r => r.ConversationKey == key, Ct);
        var segments = messages.Select(SmsSegments.Count).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"SMS survey {locale}: {messages.Count} messages, {segments.Sum()} segments " +
            $"({messages.Count(SmsSegments.IsGsm7)} GSM-7, {messages.Count(m => !SmsSegments.IsGsm7(m))} UCS-2); answers: {string.Join(" / ", sent)}");
        foreach (var message in messages)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"  [{SmsSegments.Encoding(message)} {SmsSegments.Count(message)}] {message.ReplaceLineEndings(" | ")}");
        }

        Assert.Equal(System.Net.HttpStatusCode.Accepted, invited.Status);
        Assert.Equal(outbound.Select(SmsText.Plain), messages);
        Assert.Equal(2, response.Score);
        Assert.NotNull(response.ConfirmedTheme);
        Assert.NotNull(response.Remedy);
        Assert.Equal(locale, response.Locale?[..2]);
        Assert.Contains(sent, a => a == "1");
        Assert.All(segments, count => Assert.InRange(count, 1, 3));
    }

    private async Task<bool> FinishedAsync(string number)
    {
        await using var context = await _sms.DatabaseAsync(Ct);
        var key = SmsServer.ConversationKey(number);
        return await context.SurveyResponses.AnyAsync(r => r.ConversationKey == key && r.Remedy != null, Ct);
    }
}
