using NpsBot.Server.Proactive;

namespace NpsBot.Server.Cli;

/// <summary>
/// `survey-send --channel sms --to +447700900123 [--locale en] [--event ID]`: invites one customer to a survey, as
/// POST /api/v1/surveys does (same checks, same idempotency by event id; without --event a new id is made). A running
/// server sends it (the job is in the shared work queue).
/// </summary>
public sealed class SurveySendVerb(SurveyInviteService invites)
{
    public const string Name = "survey-send";

    private static readonly Dictionary<string, string> Options = new()
    {
        ["$.eventId"] = "--event", ["$.channel"] = "--channel", ["$.to"] = "--to", ["$.locale"] = "--locale",
    };

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var request = new SurveyInviteRequest(
            CommandLine.OptionOf(args, "--event") ?? "cli-" + Guid.NewGuid().ToString("N"),
            CommandLine.OptionOf(args, "--channel"),
            CommandLine.OptionOf(args, "--to"),
            CommandLine.OptionOf(args, "--locale"));
        var result = await invites.InviteAsync(request, "cli", cancellationToken);
        if (result.Invite is not { } invite)
        {
            await error.WriteLineAsync($"{(Options.TryGetValue(result.Field!, out var option) ? option : result.Field)}: {result.Reason}");
            await error.WriteLineAsync($"Usage: {Name} --channel sms --to +447700900123 [--locale en] [--event ID]");
            return 2;
        }

        await output.WriteLineAsync(result.Created
            ? $"Queued survey invite for event '{invite.EventId}' on {invite.Channel} ({invite.Locale}); a running server sends it."
            : $"Event '{invite.EventId}' already has an invite: {invite.Status}{(invite.Refusal is null ? "" : $" ({invite.Refusal})")}. Nothing new was queued.");
        return 0;
    }
}
