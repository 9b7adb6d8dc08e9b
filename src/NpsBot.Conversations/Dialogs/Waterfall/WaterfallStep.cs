namespace NpsBot.Conversations.Dialogs.Waterfall;

/// <summary>One step of a <see cref="WaterfallDialog"/>: ask something, or act on the previous step's result.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
