namespace NpsBot.Conversations.Runner;

/// <summary>The turn handler the runner calls: reads <see cref="TurnContext.Activity"/>, changes state, sends replies.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
