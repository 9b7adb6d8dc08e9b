using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.Teams;

/// <summary>
/// Schedules the replacement of a submitted score card by its answer (Teams update activity, PUT), in the turn's commit
/// and in the conversation's order after its replies. Teams names the card's message in the submit's <c>replyToId</c>.
/// </summary>
public static class CardUpdateWork
{
    public const string Kind = "teams.card.update";

    public static IReadOnlyList<WorkRequest> Schedule(Activity inbound, TurnReplies replies)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(replies);
        if (!TeamsChannel.Is(inbound.ChannelId) || inbound.ReplyToId is not { Length: > 0 } cardId || TeamsInbound.SubmittedScore(inbound) is not { } score)
        {
            return [];
        }

        var update = inbound.CreateReply() with { ReplyToId = cardId, Attachments = [ScoreCard.Answered(score)] };
        return [new WorkRequest(Kind, JsonSerializer.Serialize(update, ActivityJson.Options), replies.At) { OrderKey = replies.ConversationKey }];
    }
}
