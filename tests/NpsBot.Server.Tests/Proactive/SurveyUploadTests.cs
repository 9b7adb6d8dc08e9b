using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Console.Surveys;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Proactive;

/// <summary>Issue 11: the console's CSV upload of proactive surveys (the server's ISurveyUploads, as the page calls it).</summary>
public sealed class SurveyUploadTests : IAsyncLifetime
{
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync();

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task Good_rows_are_sent_and_each_refused_row_is_named_by_line_and_field_and_sends_nothing()
    {
        var csv = """
            to,channel,locale,eventId,when
            +447700900601,sms,en,csv-order-1,
            07700 900602,sms,en,csv-order-2,
            +447700900603,fax,en,csv-order-3,
            +447700900604,sms,xx,csv-order-4,
            +447700900605,sms,fr,csv-order-5,not-a-date
            +447700900606,sms,es,csv-order-6,
            +447700900601,sms,en,csv-order-1,
            """;
        var uploads = _sms.Server.Services.GetRequiredService<ISurveyUploads>();

        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var result = await uploads.UploadAsync(file, "manager@example.com", Ct);
        var first = await _sms.Twilio.WaitForAsync("+447700900601", 2, Ct);
        var sixth = await _sms.Twilio.WaitForAsync("+447700900606", 2, Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);
        await using var context = await _sms.DatabaseAsync(Ct);
        var invites = await context.SurveyInvites.AsNoTracking().Select(i => i.EventId).OrderBy(e => e).ToListAsync(Ct);

        Assert.Null(result.FileError);
        Assert.Equal(2, result.Queued);
        Assert.Equal(1, result.AlreadyKnown);
        Assert.Equal(new[] { (3, "to"), (4, "channel"), (5, "locale"), (6, "when") }, result.Errors.Select(e => (e.Line, e.Field)).ToArray());
        Assert.Equal("csv-order-1,csv-order-6", string.Join(",", invites));
        Assert.Contains(first, m => m.Contains("0 to 10", StringComparison.Ordinal));
        Assert.Contains(sixth, m => m.Contains("0 al 10", StringComparison.Ordinal));
        foreach (var refused in new[] { "+447700900602", "07700 900602", "+447700900603", "+447700900604", "+447700900605" })
        {
            Assert.Empty(_sms.Twilio.BodiesTo(refused));
        }
    }

    [Fact]
    public async Task A_file_without_the_needed_columns_queues_nothing_and_says_which_is_missing()
    {
        var uploads = _sms.Server.Services.GetRequiredService<ISurveyUploads>();

        using var file = new MemoryStream(Encoding.UTF8.GetBytes("number,channel\n+447700900607,sms\n"));
        var result = await uploads.UploadAsync(file, "manager@example.com", Ct);
        await using var context = await _sms.DatabaseAsync(Ct);

        Assert.Contains("'to'", result.FileError, StringComparison.Ordinal);
        Assert.Equal(0, result.Queued);
        Assert.False(await context.SurveyInvites.AnyAsync(Ct));
    }
}
