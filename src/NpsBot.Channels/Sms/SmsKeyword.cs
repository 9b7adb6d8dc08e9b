namespace NpsBot.Channels.Sms;

/// <summary>What a whole SMS body means to the carrier rules, besides being an answer.</summary>
public enum SmsKeyword
{
    None,

    /// <summary>STOP and friends: kept on the customer; nothing more is sent to the number.</summary>
    OptOut,

    /// <summary>START, UNSTOP: the number may be messaged again; Twilio confirms it, the bot says nothing.</summary>
    OptIn,

    /// <summary>YES: opts back in and is also an answer to the question asked.</summary>
    OptInAndAnswer,

    /// <summary>HELP, INFO: answered with the configured help text (Sms:HelpText), not run as a turn.</summary>
    Help,
}
