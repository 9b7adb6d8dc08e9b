using System.Text.Json.Serialization.Metadata;

namespace NpsBot.Conversations.Activities;

/// <summary>
/// What a field expects, in JSON words ("a string", "true or false", "an array"), found by following a JSON path such as
/// <c>$.conversation.isGroup</c> or <c>$.membersAdded[0]</c> through the serializer's metadata; never a .NET type name.
/// </summary>
public static class JsonFieldExpectations
{
    private const string Anything = "a value of the documented type";

    public static string Describe(JsonTypeInfo root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        var current = root;
        foreach (var step in Steps(path))
        {
            var next = step is null ? Element(current) : Property(current, step);
            if (next is null)
            {
                return Anything;
            }

            current = next;
        }

        return Words(current);
    }

    private static string Words(JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return "a date and time in ISO-8601 (for example 2026-01-31T09:30:00Z)";
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return "a number";
        }

        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "an array",
            JsonTypeInfoKind.Dictionary => "an object",
            JsonTypeInfoKind.Object when info.Properties.Where(property => property.IsRequired).Select(property => property.Name).ToList() is { Count: > 0 } required =>
                $"an object with {string.Join(", ", required.Select(name => $"'{name}'"))}",
            JsonTypeInfoKind.Object => "an object",
            _ => Anything,
        };
    }

    private static JsonTypeInfo? Property(JsonTypeInfo owner, string name)
    {
        var info = Unwrapped(owner);
        var property = info.Properties.FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        return property is null ? null : info.Options.GetTypeInfo(property.PropertyType);
    }

    private static JsonTypeInfo? Element(JsonTypeInfo owner)
    {
        var info = Unwrapped(owner);
        return info.ElementType is { } element ? info.Options.GetTypeInfo(element) : null;
    }

    private static JsonTypeInfo Unwrapped(JsonTypeInfo info) =>
        Nullable.GetUnderlyingType(info.Type) is { } underlying ? info.Options.GetTypeInfo(underlying) : info;

    /// <summary>The steps of a path as the serializer writes it: property names, and null for an array index.</summary>
    private static IEnumerable<string?> Steps(string path)
    {
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    yield break;
                }

                yield return path[(i + 2)..end];
                i = end + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    yield break;
                }

                yield return null;
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }
}
