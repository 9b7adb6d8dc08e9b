namespace NpsBot.Conversations.Privacy;

/// <summary>One eraser's answer: what it removed, what it keeps (aggregates without a link to the person), and rows still naming them.</summary>
public sealed record ErasureReport(IReadOnlyList<Erasure> Erased, IReadOnlyList<string> Remaining, int RowsStillNamingCustomer);
