using System.Text.Json;
using System.Text.Json.Nodes;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Deployment;

/// <summary>
/// deployment/teams/manifest.json, with its placeholders filled as the packaging step fills them, against Microsoft's
/// JSON schema for its manifestVersion (the schemas ship in the <c>@microsoft/app-manifest</c> npm package, validated
/// with ajv by checks/teams-manifest.js; installed by the test project's build with npm ci). A broken copy is refused,
/// so the check can fail.
/// </summary>
public sealed class TeamsManifestSchemaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_Teams_app_manifest_is_valid_against_the_schema_of_its_manifest_version()
    {
        var result = await ValidateAsync(FilledManifest());

        Assert.Contains("v1.", result.Schema, StringComparison.Ordinal);
        Assert.True(result.Errors.Count == 0, "Schema errors: " + string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task A_manifest_with_a_bad_id_and_no_name_is_refused_by_the_same_check()
    {
        var manifest = JsonNode.Parse(FilledManifest())!.AsObject();
        manifest["id"] = "not-a-guid";
        manifest.Remove("name");

        var result = await ValidateAsync(manifest.ToJsonString());

        Assert.Contains(result.Errors, e => e.StartsWith("/id ", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Contains("'name'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_package_holds_the_two_icons_the_manifest_names()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(ManifestPath()))!;
        var folder = Path.GetDirectoryName(ManifestPath())!;
        Assert.True(File.Exists(Path.Combine(folder, manifest["icons"]!["color"]!.GetValue<string>())));
        Assert.True(File.Exists(Path.Combine(folder, manifest["icons"]!["outline"]!.GetValue<string>())));
    }

    /// <summary>The placeholders the README tells the operator to fill, filled with valid sample values.</summary>
    private static string FilledManifest() => File.ReadAllText(ManifestPath())
        .Replace("{{TEAMS_APP_ID}}", "2f5b6c1e-9d7a-4b1e-8f3a-0c2d4e6f8a1b", StringComparison.Ordinal)
        .Replace("{{MICROSOFT_APP_ID}}", "7a1c9e3b-5d2f-4a6b-9c8e-1f3a5b7d9e0c", StringComparison.Ordinal)
        .Replace("{{COMPANY_NAME}}", "Contoso", StringComparison.Ordinal)
        .Replace("{{PUBLIC_HOST}}", "bot.contoso.com", StringComparison.Ordinal);

    private static async Task<(string Schema, IReadOnlyList<string> Errors)> ValidateAsync(string manifestJson)
    {
        var output = await NodeChecks.RunAsync("teams-manifest.js", "@microsoft/app-manifest", manifestJson, Ct);
        using var json = JsonDocument.Parse(output);
        var errors = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
        return (json.RootElement.GetProperty("schema").GetString() ?? "", errors);
    }

    private static string ManifestPath() => Path.Combine(NodeChecks.RepositoryRoot(), "deployment", "teams", "manifest.json");
}
