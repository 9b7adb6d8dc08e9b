namespace NpsBot.Surveys.Survey;

/// <summary>Remedy codes the survey itself knows; the others come from the playbooks.</summary>
public static class RemedyCodes
{
    /// <summary>The customer declined every remedy offered.</summary>
    public const string None = "none";
}
