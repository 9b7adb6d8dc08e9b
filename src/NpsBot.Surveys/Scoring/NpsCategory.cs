namespace NpsBot.Surveys.Scoring;

/// <summary>Promoter (9–10), passive (7–8) or detractor (0–6).</summary>
public enum NpsCategory
{
    Detractor,
    Passive,
    Promoter,
}
