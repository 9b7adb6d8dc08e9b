namespace NpsBot.Channels.Sms.Budget;

/// <summary>How a message was made to fit its segment budget, from least to most changed.</summary>
public enum SmsFitting
{
    /// <summary>It fitted as written (in its plain-punctuation form).</summary>
    AsWritten,

    /// <summary>Its numbered choices were put on one line.</summary>
    CompactChoices,

    /// <summary>Its text was cut at a word boundary, with "..." where the rest was.</summary>
    Shortened,

    /// <summary>
    /// Words were dropped from the middle so that a link, code or deadline after the cut still reaches the customer.
    /// </summary>
    MustKeepCondensed,

    /// <summary>Even its must-keep words alone exceed the budget: they are sent whole, over it (never cut).</summary>
    OverBudget,
}
