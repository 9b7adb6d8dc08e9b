namespace NpsBot.Server.Proactive;

/// <summary>What asking for an invite did: created it, found the one of the same event, or refused the request (field and reason).</summary>
public sealed record SurveyInviteResult(SurveyInviteView? Invite, bool Created, string? Field = null, string? Reason = null)
{
    public static SurveyInviteResult Invalid(string field, string reason) => new(null, false, field, reason);
}
