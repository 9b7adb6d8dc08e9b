using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NpsBot.Channels.BotFrameworkConnector;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.Teams;

/// <summary>
/// Runs <c>teams.card.update</c> jobs: PUTs the answered card over the submitted one. 429 and 5xx are retried by the
/// queue; a refusal (Teams does not allow updating that message, 4xx) leaves the card as it is, logged: the answer itself
/// was already taken and replied to.
/// </summary>
public sealed partial class CardUpdateHandler(ConnectorClient connector, ILogger<CardUpdateHandler> logger) : IWorkHandler
{
    public string Kind => CardUpdateWork.Kind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        Activity update;
        try
        {
            update = JsonSerializer.Deserialize<Activity>(item.Payload, ActivityJson.Options)
                ?? throw new WorkFailedPermanentlyException("The payload is null, not an activity.");
        }
        catch (JsonException ex)
        {
            throw new WorkFailedPermanentlyException("The payload is not an activity.", ex);
        }

        var cardId = update.ReplyToId ?? throw new WorkFailedPermanentlyException("The update names no card message.");
        using var response = await connector.UpdateAsync(update, cardId, cancellationToken);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout)
        {
            throw new HttpRequestException($"The channel answered {status} to a card update.", null, response.StatusCode);
        }

        NotUpdated(logger, status, update.Conversation?.Id);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Teams did not update the score card ({Status}) in conversation {ConversationId}; it stays as it was")]
    private static partial void NotUpdated(ILogger logger, int status, string? conversationId);
}
