using BenchmarkDotNet.Running;

namespace NpsBot.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/NpsBot.Benchmarks -- --filter '*' --job short</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
