using System.Net;
using System.Text.RegularExpressions;
using NpsBot.Server.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace NpsBot.Server.Tests.Deployment;

/// <summary>
/// deployment/ cannot be built or deployed on the build machine (no container daemon, no Azure), so its files are read:
/// every server setting they give must be a key the server reads (<see cref="ServerConfigurationKeys"/>), and their
/// health checks must probe the readiness endpoint the server really serves. Kubernetes: <see cref="KubernetesManifestTests"/>.
/// </summary>
public sealed partial class DeploymentFilesTests : IAsyncDisposable
{
    private readonly ServerFactory _server = new();

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public void The_image_and_the_compose_file_set_only_keys_the_server_reads_and_listen_where_they_publish()
    {
        var image = DockerfileEnvironment();
        var compose = ComposeServerEnvironment();

        Assert.Equal("http://+:8080", image["Urls"]);
        Assert.Contains("127.0.0.1:5000:8080", ComposeServer()["ports"].AllNodes.OfType<YamlScalarNode>().Select(node => node.Value));
        Assert.Empty(UnknownKeys(image.Keys.Concat(compose.Keys)));
        Assert.Equal(image["Storage__DataDirectory"], compose["Storage__DataDirectory"]);
    }

    [Fact]
    public void The_scale_out_profile_puts_both_instances_on_the_postgres_service_and_every_compose_setting_is_a_server_key()
    {
        var services = ComposeServices();
        var second = Environment(services["server-2"]);
        var postgres = Environment(services["postgres"]);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(second["Storage__ConnectionString"].Replace("${POSTGRES_PASSWORD:-}", "secret", StringComparison.Ordinal));
        var dependsOn = ((YamlMappingNode)services["server-2"]["depends_on"]).Children.Keys.OfType<YamlScalarNode>().Select(node => node.Value);

        Assert.Equal("postgres", second["Storage__Provider"]);
        Assert.Equal("postgres", connection.Host);
        Assert.Equal(postgres["POSTGRES_DB"], connection.Database);
        Assert.Equal(postgres["POSTGRES_USER"], connection.Username);
        Assert.Contains("postgres", dependsOn);
        Assert.Contains("scale-out", services["postgres"]["profiles"].AllNodes.OfType<YamlScalarNode>().Select(node => node.Value));

        // `server` follows STORAGE_PROVIDER: SQLite unless the scale-out command line says postgres.
        Assert.Equal("${STORAGE_PROVIDER:-sqlite}", ComposeServerEnvironment()["Storage__Provider"]);
        Assert.Empty(UnknownKeys(services.Where(service => service.Key.StartsWith("server", StringComparison.Ordinal))
            .SelectMany(service => Environment(service.Value).Keys)));
        Assert.NotEmpty(UnknownKeys(["Storage__Provder"]));
    }

    [Fact]
    public void The_azure_template_gives_the_app_only_server_keys_besides_the_platform_and_bot_framework_ones_and_registers_api_messages()
    {
        var bicep = File.ReadAllText(DeploymentFile("azure", "main.bicep"));
        var settings = AppSettingName().Matches(bicep).Select(match => match.Groups[1].Value).ToList();

        // WEBSITES_* and DOCKER_* are App Service's own; MicrosoftApp* are the Bot Framework's names, read by connector
        // authentication (deployment/README.md says it is not in the server yet).
        var serverKeys = settings.Where(name => !name.StartsWith("WEBSITES_", StringComparison.Ordinal)
            && !name.StartsWith("DOCKER_", StringComparison.Ordinal) && !name.StartsWith("MicrosoftApp", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Storage__DataDirectory", "AllowedHosts"], serverKeys);
        Assert.Empty(UnknownKeys(serverKeys));
        Assert.Contains("healthCheckPath: '/health/ready'", bicep, StringComparison.Ordinal);
        Assert.Contains("endpoint: 'https://${hostName}/api/messages'", bicep, StringComparison.Ordinal);
        Assert.Contains("{ name: 'WEBSITES_PORT', value: '8080' }", bicep, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_health_checks_probe_the_readiness_endpoint_the_server_answers_for_localhost()
    {
        var dockerfile = File.ReadAllText(DeploymentFile("Dockerfile"));
        var composeTest = string.Join(" ", ComposeServer()["healthcheck"]["test"].AllNodes.OfType<YamlScalarNode>().Select(node => node.Value));
        using var client = _server.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);

        foreach (var probe in new[] { dockerfile, composeTest })
        {
            Assert.Contains("GET /health/ready HTTP/1.1", probe, StringComparison.Ordinal);
            Assert.Contains("Host: localhost", probe, StringComparison.Ordinal);
            Assert.Contains("/dev/tcp/127.0.0.1/8080", probe, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("localhost", client.BaseAddress!.Host);
    }

    /// <summary>Keys (with '__' for ':') the server does not read (<see cref="ServerConfigurationKeys"/>); runtime variables excluded.</summary>
    private static List<string> UnknownKeys(IEnumerable<string> keys) => ServerConfigurationKeys.Unknown(keys);

    private static Dictionary<string, string> DockerfileEnvironment()
    {
        var text = File.ReadAllText(DeploymentFile("Dockerfile")).Replace("\\\n", " ", StringComparison.Ordinal);
        var env = text.Split('\n').Single(line => line.StartsWith("ENV ", StringComparison.Ordinal));
        return env[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
    }

    private static Dictionary<string, string> ComposeServerEnvironment() => Environment(ComposeServer());

    private static YamlMappingNode ComposeServer() => ComposeServices()["server"];

    private static Dictionary<string, YamlMappingNode> ComposeServices()
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(DeploymentFile("compose.yaml")));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return ((YamlMappingNode)root["services"]).Children.ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => (YamlMappingNode)entry.Value);
    }

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children
            .ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => ((YamlScalarNode)entry.Value).Value!, StringComparer.Ordinal);

    private static string DeploymentFile(params string[] parts) => Path.Combine([RepositoryRoot(), "deployment", .. parts]);

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NpsBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No NpsBot.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{ name: '([A-Za-z_]+)'")]
    private static partial Regex AppSettingName();
}
