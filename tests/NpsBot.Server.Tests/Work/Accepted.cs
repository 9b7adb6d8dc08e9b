using System.Net;
using System.Net.Http.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Work;

/// <summary>Posts activities in 202 mode (no expectReplies): replies go to <c>serviceUrl</c> through the work queue.</summary>
public static class Accepted
{
    /// <summary>A message of <paramref name="customer"/> addressed for 202 delivery to <paramref name="serviceUrl"/>.</summary>
    public static Activity Message(BotClient customer, string text, string serviceUrl) =>
        customer.Activity(ActivityTypes.Message) with { Text = text, DeliveryMode = null, ServiceUrl = serviceUrl };

    /// <summary>POSTs and returns whether the server answered 202 (the turn is committed).</summary>
    public static async Task<bool> PostAsync(HttpClient http, Activity activity, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/messages", activity, ActivityJson.Options, cancellationToken);
        return response.StatusCode == HttpStatusCode.Accepted;
    }
}
