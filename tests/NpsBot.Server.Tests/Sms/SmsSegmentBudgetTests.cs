using Microsoft.EntityFrameworkCore;
using NpsBot.Channels.Sms;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Sms;

/// <summary>
/// Issue 11: messages stay within <c>Twilio:MaxSegmentsPerMessage</c>. With a budget of one segment, a Portuguese
/// survey (UCS-2: "não", "ç", 70 characters a message) is shortened before it is queued: every body Twilio receives is
/// one segment, the transcript holds exactly what was sent, and the customer can still answer every question.
/// </summary>
public sealed class SmsSegmentBudgetTests : IAsyncLifetime
{
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        _sms = await SmsServer.StartAsync(new Dictionary<string, string?>
        {
            ["Twilio:MaxSegmentsPerMessage"] = "1",
            ["Sms:HelpText:en"] = "Example Stores customer feedback: a short survey after your order, and our customer team when something went wrong. "
                + "Questions about an order go to our customer team at https://example.com/help any day of the week. Reply STOP to stop, START to resume.",
        });

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task A_budget_of_one_segment_shortens_every_message_to_one_and_what_is_stored_is_what_was_sent()
    {
        const string number = "+351910900401";
        await new SurveysApi(_sms.Server.CreateClient(), _sms.ApiKey).InviteAsync(
            new { eventId = "budget-" + number, channel = "sms", to = number, locale = "pt" }, Ct);
        await _sms.Twilio.WaitForAsync(number, 1, Ct);
        var phone = _sms.Customer(number);
        await phone.TextAsync("2", Ct);
        await phone.TextAsync("minha encomenda chegou duas semanas atrasada", Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);

        var outbound = await _sms.OutboundTranscriptAsync(number, Ct);
        var bodies = await _sms.Twilio.WaitForAsync(number, outbound.Count, Ct);
        await using var context = await _sms.DatabaseAsync(Ct);
        var response = await context.SurveyResponses.AsNoTracking().SingleAsync(r => r.ConversationKey == SmsServer.ConversationKey(number), Ct);

        Assert.True(bodies.Count >= 3, string.Join(" | ", bodies));
        Assert.All(bodies, body => Assert.Equal(1, SmsSegments.Count(body)));
        Assert.Contains(bodies, body => !SmsSegments.IsGsm7(body));
        Assert.Contains(bodies, body => body.Contains("...", StringComparison.Ordinal));
        Assert.Equal(outbound, bodies);
        Assert.Equal(2, response.Score);
    }

    [Fact]
    public async Task The_help_answer_is_fitted_to_the_budget_too()
    {
        var phone = _sms.Customer("+447700900402");

        var (_, twiml) = await phone.TextAsync("HELP", Ct);

        var message = System.Xml.Linq.XDocument.Parse(twiml).Root!.Element("Message")!.Value;
        Assert.Equal(1, SmsSegments.Count(message));
        Assert.StartsWith("Example Stores customer feedback", message, StringComparison.Ordinal);
        Assert.Contains("...", message, StringComparison.Ordinal);
        Assert.Contains("https://example.com/help", message, StringComparison.Ordinal);
        Assert.Contains("STOP", message, StringComparison.Ordinal);
        Assert.Contains("START", message, StringComparison.Ordinal);
    }
}
