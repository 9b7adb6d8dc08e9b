using System.Globalization;

namespace NpsBot.Surveys.Scoring;

/// <summary>A Net Promoter Score answer, 0 to 10; construction fails outside that range.</summary>
public readonly record struct NpsScore
{
    public const int Min = 0;
    public const int Max = 10;

    public NpsScore(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Max);
        Value = value;
    }

    public int Value { get; }

    /// <summary>9–10 promoter, 7–8 passive, 0–6 detractor.</summary>
    public NpsCategory Category => Value switch
    {
        >= 9 => NpsCategory.Promoter,
        >= 7 => NpsCategory.Passive,
        _ => NpsCategory.Detractor,
    };

    public static bool TryCreate(int value, out NpsScore score)
    {
        var valid = value is >= Min and <= Max;
        score = valid ? new NpsScore(value) : default;
        return valid;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
