using System.Net;
using Npgsql;
using NpsBot.Server.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace NpsBot.Server.Tests.Deployment;

/// <summary>
/// deployment/kubernetes cannot be applied on the build machine (no cluster, no kubectl), so its manifests are parsed:
/// every setting they give is a key the server reads, the references between them resolve, the server runs as two
/// non-root replicas with resources, and its probes name endpoints the server answers.
/// </summary>
public sealed class KubernetesManifestTests : IAsyncDisposable
{
    private static readonly string[] ProbeNames = ["readinessProbe", "livenessProbe", "startupProbe"];

    private readonly ServerFactory _server = new();

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public void Every_setting_of_the_manifests_is_a_key_the_server_reads_and_the_storage_is_one_postgres_database()
    {
        var config = Data(Single("ConfigMap", "npsbot-config"));
        var secret = Data(Single("Secret", "npsbot-secrets"));
        var containerEnv = ServerContainer().Children.TryGetValue(new YamlScalarNode("env"), out var env) && env is YamlSequenceNode entries
            ? entries.Children.Select(entry => Scalar(entry, "name")).ToList()
            : [];

        Assert.Empty(ServerConfigurationKeys.Unknown(config.Keys.Concat(secret.Keys).Concat(containerEnv)));
        Assert.False(ServerConfigurationKeys.IsKnown("Storage__Provder"));
        Assert.Equal("postgres", config["Storage__Provider"]);
        Assert.False(string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(secret["Storage__ConnectionString"]).Host));
        Assert.Contains("localhost", config["AllowedHosts"].Split(';'));
        Assert.NotEmpty(secret["DirectLine__Secrets__0"]);

        // Redis is the Service of redis.yaml, on its port.
        var redis = config["Redis__ConnectionString"].Split(':');
        var redisService = Single("Service", redis[0]);
        Assert.Contains(redis[1], ((YamlSequenceNode)redisService["spec"]["ports"]).Children.Select(port => Scalar(port, "port")));
    }

    [Fact]
    public void The_server_runs_as_two_non_root_replicas_with_resources_and_the_references_between_the_files_resolve()
    {
        var deployment = Single("Deployment", "npsbot");
        var pod = (YamlMappingNode)deployment["spec"]["template"]["spec"];
        var container = ServerContainer();
        var podSecurity = (YamlMappingNode)pod["securityContext"];
        var containerSecurity = (YamlMappingNode)container["securityContext"];

        Assert.Equal("2", Scalar(deployment["spec"], "replicas"));
        Assert.Equal("true", Scalar(podSecurity, "runAsNonRoot"));
        Assert.NotEqual(0, int.Parse(Scalar(podSecurity, "runAsUser"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("false", Scalar(containerSecurity, "allowPrivilegeEscalation"));
        Assert.Contains("ALL", containerSecurity["capabilities"]["drop"].AllNodes.OfType<YamlScalarNode>().Select(node => node.Value));
        Assert.NotNull(Scalar(container["resources"]["requests"], "cpu"));
        Assert.NotNull(Scalar(container["resources"]["requests"], "memory"));
        Assert.NotNull(Scalar(container["resources"]["limits"], "memory"));
        Assert.Contains("USER $APP_UID", File.ReadAllText(DeploymentPaths.File("Dockerfile")), StringComparison.Ordinal);

        // envFrom, the volume claim and the Service all name something that exists.
        foreach (var source in ((YamlSequenceNode)container["envFrom"]).Children.Cast<YamlMappingNode>())
        {
            var (kind, reference) = source.Children.ContainsKey("configMapRef") ? ("ConfigMap", "configMapRef") : ("Secret", "secretRef");
            Assert.NotNull(Single(kind, Scalar(source[reference], "name")));
        }

        var claims = ((YamlSequenceNode)pod["volumes"]).Children.Cast<YamlMappingNode>()
            .Where(volume => volume.Children.ContainsKey("persistentVolumeClaim")).Select(volume => Scalar(volume["persistentVolumeClaim"], "claimName"));
        Assert.All(claims, claim => Assert.NotNull(Single("PersistentVolumeClaim", claim)));
        Assert.Contains("/data", ((YamlSequenceNode)container["volumeMounts"]).Children.Select(mount => Scalar(mount, "mountPath")));
        Assert.Equal("/data", Data(Single("ConfigMap", "npsbot-config"))["Storage__DataDirectory"]);

        var service = Single("Service", "npsbot");
        var labels = (YamlMappingNode)deployment["spec"]["template"]["metadata"]["labels"];
        Assert.All(((YamlMappingNode)service["spec"]["selector"]).Children,
            selector => Assert.Equal(((YamlScalarNode)selector.Value).Value, ((YamlScalarNode)labels[selector.Key]).Value));
        var portNames = ((YamlSequenceNode)container["ports"]).Children.Select(port => Scalar(port, "name")).ToList();
        Assert.All(((YamlSequenceNode)service["spec"]["ports"]).Children, port => Assert.Contains(Scalar(port, "targetPort"), portNames));

        // The kustomization lists every manifest of the folder.
        var listed = ((YamlSequenceNode)Documents("kustomization.yaml").Single()["resources"]).Children
            .Select(node => ((YamlScalarNode)node).Value!).Order(StringComparer.Ordinal).ToList();
        var files = Directory.GetFiles(DeploymentPaths.File("kubernetes"), "*.yaml")
            .Select(path => Path.GetFileName(path)).Where(name => name != "kustomization.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, listed);
    }

    [Fact]
    public async Task The_probes_name_endpoints_the_server_answers_on_the_port_the_image_listens_on()
    {
        var ct = TestContext.Current.CancellationToken;
        var container = ServerContainer();
        var http = ((YamlSequenceNode)container["ports"]).Children.Single(port => Scalar(port, "name") == "http");
        var probes = ProbeNames.ToDictionary(name => name, name => (YamlMappingNode)container[name]["httpGet"]);
        using var client = _server.CreateClient();

        Assert.Equal("8080", Scalar(http, "containerPort"));
        Assert.Equal("/health/ready", Scalar(probes["readinessProbe"], "path"));
        Assert.Equal("/health/live", Scalar(probes["livenessProbe"], "path"));
        foreach (var probe in probes.Values)
        {
            Assert.Equal("http", Scalar(probe, "port"));

            // The kubelet would send the pod's address as Host, which AllowedHosts refuses: the probe names localhost.
            var host = ((YamlSequenceNode)probe["httpHeaders"]).Children.Single(header => Scalar(header, "name") == "Host");
            Assert.Equal("localhost", Scalar(host, "value"));
            using var response = await client.GetAsync(new Uri(Scalar(probe, "path"), UriKind.Relative), ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal("localhost", client.BaseAddress!.Host);
    }

    private static YamlMappingNode ServerContainer()
    {
        var pod = Single("Deployment", "npsbot")["spec"]["template"]["spec"];
        return ((YamlSequenceNode)pod["containers"]).Children.Cast<YamlMappingNode>().Single(container => Scalar(container, "name") == "server");
    }

    private static Dictionary<string, string> Data(YamlMappingNode resource)
    {
        var section = resource.Children.ContainsKey("stringData") ? "stringData" : "data";
        return ((YamlMappingNode)resource[section]).Children
            .ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => ((YamlScalarNode)entry.Value).Value!, StringComparer.Ordinal);
    }

    private static YamlMappingNode Single(string kind, string name) =>
        AllResources().SingleOrDefault(resource => Scalar(resource, "kind") == kind && Scalar(resource["metadata"], "name") == name)
        ?? throw new InvalidOperationException($"no {kind} named {name} in deployment/kubernetes");

    private static List<YamlMappingNode> AllResources() =>
        [.. Directory.GetFiles(DeploymentPaths.File("kubernetes"), "*.yaml")
            .Where(path => Path.GetFileName(path) != "kustomization.yaml")
            .SelectMany(path => Documents(Path.GetFileName(path)))];

    private static IEnumerable<YamlMappingNode> Documents(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(DeploymentPaths.File("kubernetes", file)));
        yaml.Load(reader);
        return yaml.Documents.Select(document => (YamlMappingNode)document.RootNode);
    }

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;
}
