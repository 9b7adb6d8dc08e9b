#!/usr/bin/env bash
# Compiles today's language benchmarks (Language/*: scores, sentiment with escalation, themes, the cold start) against
# the NpsBot.Language of another checkout, in a project of their own outside both trees, so that two versions are
# measured by the same benchmark source and the same harness.
# usage: language-since.sh CHECKOUT OUT_DIR      then: dotnet OUT_DIR/bin/Release/net10.0/LanguageSince.dll ARGS
# (ARGS: BenchmarkDotNet's, or escalation-cold-start, or escalation-passes|escalation-reasons|decisions FILE...)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$1" && pwd)
out=$2
version=$(sed -n 's/.*"BenchmarkDotNet" Version="\([^"]*\)".*/\1/p' "$here/../../Directory.Packages.props")
mkdir -p "$out"
cp "$here"/Language/{Said,ScoreRecognizerBenchmarks,SentimentAnalyzerBenchmarks,ThemeClassifierBenchmarks,EscalationColdStart,EscalationOverComplaints,DecisionsOverLines}.cs "$out"/
cat > "$out/LanguageSince.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <NuGetAudit>false</NuGetAudit>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="BenchmarkDotNet" Version="$version" />
    <ProjectReference Include="$checkout/src/NpsBot.Language/NpsBot.Language.csproj" />
  </ItemGroup>
</Project>
EOF
cat > "$out/Program.cs" <<'EOF'
using BenchmarkDotNet.Running;

return args switch
{
    ["escalation-cold-start"] => NpsBot.Benchmarks.Language.EscalationColdStart.Run(),
    ["escalation-passes" or "escalation-reasons", .. var files] => NpsBot.Benchmarks.Language.EscalationOverComplaints.Run(args[0], files),
    ["decisions", .. var lines] => NpsBot.Benchmarks.Language.DecisionsOverLines.Run(lines),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(NpsBot.Benchmarks.Language.Said).Assembly).Run(args);
    return 0;
}
EOF
dotnet build -c Release "$out/LanguageSince.csproj" --disable-build-servers -nodeReuse:false -v q
