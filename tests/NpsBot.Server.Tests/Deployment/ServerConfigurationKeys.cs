using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace NpsBot.Server.Tests.Deployment;

/// <summary>
/// The configuration keys the server reads: every property of every options class bound from a section (a class of the
/// server's NpsBot assemblies with a <c>SectionName</c> constant), found by reflection so a new option is known without
/// editing a list; the keys of its appsettings.json; and the few the host reads itself. A collection or dictionary
/// property takes any sub-key (<c>DirectLine:Secrets:0</c>), as configuration binding does.
/// </summary>
public static class ServerConfigurationKeys
{
    // Read by ASP.NET Core itself (Kestrel's addresses, host filtering, logging levels).
    private static readonly string[] HostKeys = ["Urls", "AllowedHosts"];
    private static readonly string[] HostSections = ["Logging"];

    private static readonly Lazy<(HashSet<string> Exact, List<string> Open)> Known = new(Collect);

    /// <summary>True when the server reads <paramref name="key"/> (written with ':' or '__').</summary>
    public static bool IsKnown(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var normalised = key.Replace("__", ":", StringComparison.Ordinal);
        var (exact, open) = Known.Value;
        return exact.Contains(normalised) || open.Any(prefix => normalised.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The keys of <paramref name="keys"/> the server does not read; runtime variables (DOTNET_, ASPNETCORE_) excluded.</summary>
    public static List<string> Unknown(IEnumerable<string> keys) =>
        [.. keys
            .Where(key => !key.StartsWith("DOTNET_", StringComparison.Ordinal) && !key.StartsWith("ASPNETCORE_", StringComparison.Ordinal))
            .Where(key => !IsKnown(key))];

    private static (HashSet<string>, List<string>) Collect()
    {
        var exact = new HashSet<string>(HostKeys, StringComparer.OrdinalIgnoreCase);
        var open = new List<string>(HostSections);
        foreach (var options in OptionsClasses())
        {
            var section = (string)options.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
            AddProperties(options, section, exact, open, depth: 0);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(DeploymentPaths.RepositoryRoot(), "src", "NpsBot.Server", "appsettings.json")));
        Flatten(json.RootElement, "", exact, open);
        return (exact, open);
    }

    private static IEnumerable<Type> OptionsClasses()
    {
        var server = typeof(Program).Assembly;
        var assemblies = server.GetReferencedAssemblies()
            .Where(name => name.Name!.StartsWith("NpsBot.", StringComparison.Ordinal))
            .Select(name => Assembly.Load(name))
            .Append(server);
        return assemblies.SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false }
                && type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true, FieldType: var fieldType }
                && fieldType == typeof(string));
    }

    private static void AddProperties(Type type, string prefix, HashSet<string> exact, List<string> open, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(propertyType))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    exact.Add(key);
                }
            }
            else if (typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                open.Add(key);
            }
            else if (propertyType.IsClass && depth < 4)
            {
                AddProperties(propertyType, key, exact, open, depth + 1);
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(DateOnly)
        || type == typeof(Guid) || type == typeof(Uri);

    private static void Flatten(JsonElement element, string prefix, HashSet<string> exact, List<string> open)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}", exact, open);
                }

                break;
            case JsonValueKind.Array:
                open.Add(prefix);
                break;
            default:
                exact.Add(prefix);
                break;
        }
    }
}
