namespace NpsBot.Recovery.Insights;

/// <summary>The figure cards at the top of the manager's view.</summary>
/// <param name="Nps">NPS, margin and count.</param>
/// <param name="Responses">Responses with a score, in progress or ended.</param>
/// <param name="Completed">Responses whose survey was completed.</param>
/// <param name="OpenCases">Cases not resolved or closed.</param>
/// <param name="OpenCasesPastSla">Open cases past a deadline.</param>
public sealed record InsightsSummary(NpsFigure Nps, int Responses, int Completed, int OpenCases, int OpenCasesPastSla);
