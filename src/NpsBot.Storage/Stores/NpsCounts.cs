namespace NpsBot.Storage.Stores;

/// <summary>How many scored responses fell in each NPS category over a period.</summary>
public sealed record NpsCounts(int Promoters, int Passives, int Detractors)
{
    public int Total => Promoters + Passives + Detractors;

    /// <summary>% promoters − % detractors, from −100 to 100; null when nobody gave a score.</summary>
    public double? Score => Total == 0 ? null : 100.0 * (Promoters - Detractors) / Total;
}
