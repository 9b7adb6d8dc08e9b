using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Recovery.Desk;

/// <summary>Who gets a case: every detractor, every handoff, and (configurable) passives who ask to be contacted.</summary>
public static class CasePolicy
{
    public static bool NeedsCase(SurveyResponse response, string? handoffReason, RecoveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(options);
        return response.CaseKey is not null
            || handoffReason is not null
            || response.Category == NpsCategory.Detractor
            || (response.Category == NpsCategory.Passive && response.WantsContact == true && options.OpenCaseForPassivesAskingContact);
    }
}
