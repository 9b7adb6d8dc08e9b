namespace NpsBot.Benchmarks.Language;

/// <summary>A reply or complaint with its locale, shown by BenchmarkDotNet as "locale: text".</summary>
public sealed record Said(string Locale, string Text)
{
    public override string ToString() => $"{Locale}: {Text}";
}
