namespace NpsBot.Surveys.Recovery;

/// <summary>A remedy as offered to the customer: its code, its button title, and what the bot says once it is chosen.</summary>
/// <param name="Code">The playbook's remedy code (reship, refund-route, discount-code, callback, extended-warranty...).</param>
/// <param name="Title">The choice's title in the conversation's locale.</param>
/// <param name="Confirmation">What happens next, within the playbook's limits, in the conversation's locale.</param>
/// <param name="IsCallback">True when choosing it asks for a person (a handoff).</param>
public sealed record RemedyOffer(string Code, string Title, string Confirmation, bool IsCallback);
