using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Tests;

/// <summary>Builds turn commits like the runner's: an inbound message from a customer, one reply, two transcript lines.</summary>
public static class Turns
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static Activity Inbound(string conversationId, string? activityId, string text = "hello", string userId = "user-1", string? userName = "Ann") => new()
    {
        Type = ActivityTypes.Message,
        Id = activityId,
        ChannelId = "webchat",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = userId, Name = userName, Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "npsbot", Role = RoleTypes.Bot },
        Locale = "en-US",
        Text = text,
    };

    /// <summary>A turn as the runner commits it; the customer is the sender, as if the endpoint vouched for them, unless <paramref name="verified"/> is false.</summary>
    public static TurnCommit Commit(
        string conversationId, long expectedVersion, string? activityId = null, IReadOnlyList<object>? records = null, Activity? inbound = null,
        bool verified = true)
    {
        inbound ??= Inbound(conversationId, activityId ?? $"{conversationId}-{expectedVersion}");
        var at = Start.AddSeconds(expectedVersion);
        var reply = inbound.CreateReply($"reply to {inbound.Text}") with { Id = $"{inbound.Id}-reply" };
        return new TurnCommit(
            Key(conversationId),
            expectedVersion,
            $$"""{"turn":{{expectedVersion + 1}}}""",
            ConversationModes.Bot,
            inbound,
            [reply],
            [
                new TranscriptEntry(TranscriptEntry.Inbound, inbound.Id, inbound.Type, inbound.Text, inbound.From?.Id, inbound.From?.Name, at),
                new TranscriptEntry(TranscriptEntry.Outbound, reply.Id, reply.Type, reply.Text, "npsbot", null, at.AddMilliseconds(1)),
            ],
            records ?? [],
            at) { Customer = verified && inbound.From?.Id is { } id ? new VerifiedCustomer(id, inbound.From.Name) : null };
    }

    public static string Key(string conversationId) => $"webchat|{conversationId}";

    public static SurveyResponse Response(string conversationId, int score, DateTimeOffset completedAt) => new()
    {
        ResponseKey = $"response-{conversationId}-{score}",
        ConversationKey = Key(conversationId),
        ChannelId = "webchat",
        CustomerId = "user-1",
        CustomerName = "Ann",
        Locale = "en-US",
        Score = score,
        Category = score >= 9 ? NpsCategory.Promoter : score >= 7 ? NpsCategory.Passive : NpsCategory.Detractor,
        Reason = "fast delivery",
        FollowUpQuestion = "What could we do better?",
        FollowUpAnswer = "nothing",
        WantsContact = false,
        Theme = "delivery",
        ThemeConfidence = 0.8,
        Sentiment = 0.5,
        Outcome = "completed",
        StartedAt = completedAt.AddMinutes(-2),
        UpdatedAt = completedAt,
        CompletedAt = completedAt,
    };
}
