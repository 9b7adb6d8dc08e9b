namespace NpsBot.Channels.Sms;

/// <summary>The payload of one <c>sms.send</c> job: one text to one number.</summary>
/// <param name="To">The customer's number (E.164).</param>
/// <param name="Body">The text, already made SMS-plain (<see cref="SmsText"/>).</param>
public sealed record SmsMessage(string To, string Body);
