namespace NpsBot.Conversations.Activities;

/// <summary>Why a JSON body was refused: the field (a JSON path such as <c>$.timestamp</c>, or <c>$</c> for the whole body) and a reason a client can act on.</summary>
public sealed record JsonBodyError(string Field, string Reason);
