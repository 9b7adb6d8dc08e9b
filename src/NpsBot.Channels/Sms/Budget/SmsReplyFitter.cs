using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.Sms.Budget;

/// <summary>
/// Makes each SMS reply the message that will be sent, before the turn commits: plain punctuation, numbered choices in
/// the text, and within <c>Twilio:MaxSegmentsPerMessage</c> (<see cref="SmsFit"/>). The runner stores the fitted reply
/// in the transcript and the <c>sms.send</c> job carries the same text, so what is stored is what the customer got.
/// Every change beyond compacting the choices is logged as a warning with what was done (the wording to shorten).
/// </summary>
public sealed partial class SmsReplyFitter(IOptions<TwilioOptions> options, ILogger<SmsReplyFitter> logger)
{
    public int MaxSegments => options.Value.MaxSegmentsPerMessage;

    /// <summary>The reply as it will be sent by SMS (the same instance when it has no text).</summary>
    public Activity Fit(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!reply.IsMessage)
        {
            return reply;
        }

        var fitted = FitText(SmsText.Of(reply));
        return reply with { Text = fitted, SuggestedActions = null };
    }

    /// <summary>Any text for an SMS (a reply's, the configured HELP answer) within the budget.</summary>
    public string FitText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = SmsText.Plain(text);
        var fitted = SmsFit.Fit(plain, MaxSegments);
        if (fitted.Fitting >= SmsFitting.Shortened)
        {
            LogFitted(logger, fitted.Fitting, SmsSegments.Count(plain), fitted.Segments, MaxSegments, SmsSegments.Encoding(plain));
        }

        return fitted.Text;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "An SMS was {Fitting} to fit Twilio:MaxSegmentsPerMessage = {Budget}: {Before} segments ({Encoding}) became {After}. Shorten the wording.")]
    private static partial void LogFitted(ILogger logger, SmsFitting fitting, int before, int after, int budget, string encoding);
}
