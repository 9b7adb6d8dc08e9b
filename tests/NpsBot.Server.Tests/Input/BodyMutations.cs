using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace NpsBot.Server.Tests.Input;

/// <summary>
/// Turns valid bodies into the bodies clients get wrong: values of another JSON type, nulls (also inside arrays), dates
/// that do not parse, unknown activity types, removed and extra fields, deep nesting, huge numbers; then, on the text,
/// truncation, invalid UTF-8, duplicate keys, a byte order mark and bodies that are not objects at all.
/// About one body in six is left valid.
/// </summary>
public static class BodyMutations
{
    private static readonly string[] Fragments =
    [
        "null", "0", "-1", "1e999", "-1e999", "123456789012345678901234567890", "1.5", "-0", "true", "false", "\"\"", "\"garbage\"", "\" \"",
        "[]", "[null]", "[1,\"a\",null,{}]", "{}", "{\"id\":null}", "{\"id\":5}", "{\"$type\":\"System.Object\"}", "\"2026-13-45T99:99:99Z\"",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"", "\"" + new string('y', 10_000) + "\"", "{\"type\":null,\"actions\":[null]}", "[[[[]]]]",
        "\"message\"", "\"http://[2001:db8::1]:9/\"", "\"ftp://127.0.0.1/\"", "\"file:///etc/passwd\"", "\"http://user:pw@127.0.0.1/\"",
    ];

    private static readonly string[] BadDates =
    [
        "garbage", "", "2026-13-45", "2026-02-30T10:00:00Z", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "1700000000",
        "2026-11-30T10:00:00.000+25:00", "Tue, 01 Dec 2026 10:00:00 GMT", "2026-11-30T10:00:00.000Zjunk",
    ];

    private static readonly string[] Types = ["", " ", "MESSAGE", "Message", "unknownThing", "message\u0000", "conversationupdate", "invoke", "trace", "typing"];

    private static readonly string[] DateFields = ["timestamp", "localTimestamp", "expiration"];

    private static readonly string[] ListFields = ["membersAdded", "membersRemoved", "attachments", "entities"];

    private static readonly string[] ExtraNames = ["zz", "$type", "__proto__", "TYPE", "Text", "", "serviceURL", "channelData", "x\u0000y", new string('k', 300)];

    private static readonly string[] NotObjects =
    [
        "", "   ", "null", "[]", "[{}]", "\"message\"", "42", "true", "{", "}", "{\"type\":", "<xml/>", "type=message&text=hi", "{}", "[null]",
    ];

    private enum Tree
    {
        Replace,
        NullInArray,
        BadDate,
        TypeSwap,
        Remove,
        Extra,
        Deep,
    }

    private enum Text
    {
        None,
        Truncate,
        InvalidUtf8,
        DuplicateKey,
        NotAnObject,
        ByteOrderMark,
        TrailingGarbage,
    }

    public static Gen<FuzzBody> Of(Gen<JsonObject> valid) =>
        from body in valid
        from count in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
        from steps in Step.ListOf(count)
        from text in Gen.Frequency((12, Gen.Constant(Text.None)), (1, Gen.Elements(Enum.GetValues<Text>().Skip(1).ToArray())))
        from a in Gen.Choose(0, 1_000_000)
        select Apply(body, steps, text, a);

    private static Gen<(Tree Kind, int A, int B, string Fragment)> Step =>
        from kind in Gen.Elements(Enum.GetValues<Tree>())
        from a in Gen.Choose(0, 1_000_000)
        from b in Gen.Choose(0, 1_000_000)
        from fragment in Gen.Elements(Fragments)
        select (kind, a, b, fragment);

    private static FuzzBody Apply(JsonObject body, IEnumerable<(Tree Kind, int A, int B, string Fragment)> steps, Text text, int a)
    {
        var raw = new List<string>();
        var recipe = new List<string>();
        foreach (var (kind, first, second, fragment) in steps)
        {
            recipe.Add(Mutate(body, kind, first, second, fragment, raw));
        }

        var json = body.ToJsonString();
        for (var i = 0; i < raw.Count; i++)
        {
            json = json.Replace($"\"@@RAW{i}@@\"", raw[i], StringComparison.Ordinal);
        }

        recipe.Add(text.ToString());
        return new FuzzBody(string.Join(",", recipe), Finish(Encoding.UTF8.GetBytes(json), text, a));
    }

    private static string Mutate(JsonObject body, Tree kind, int a, int b, string fragment, List<string> raw)
    {
        if (body.Count == 0)
        {
            body["zz"] = 1;
        }

        var slots = Slots(body).ToList();
        var slot = slots[a % slots.Count];
        switch (kind)
        {
            case Tree.Replace:
                slot.Set(Raw(fragment, raw));
                return $"replace {slot.Path} with {Short(fragment)}";
            case Tree.NullInArray when a % 2 == 0:
                var field = ListFields[b % ListFields.Length];
                body[field] = new JsonArray(null, new JsonObject { ["id"] = "x" });
                return $"null in {field}";
            case Tree.NullInArray:
                var arrays = Nodes(body).OfType<JsonArray>().ToList();
                var array = arrays.Count > 0 ? arrays[b % arrays.Count] : (JsonArray)(body["membersAdded"] = new JsonArray());
                array.Insert(b % (array.Count + 1), Raw(fragment, raw));
                return $"insert {Short(fragment)} in an array";
            case Tree.BadDate:
                var date = DateFields[a % DateFields.Length];
                body[date] = BadDates[b % BadDates.Length];
                return $"{date}={BadDates[b % BadDates.Length]}";
            case Tree.TypeSwap:
                body["type"] = Types[b % Types.Length];
                return $"type={Types[b % Types.Length]}";
            case Tree.Remove:
                slot.Remove();
                return $"remove {slot.Path}";
            case Tree.Extra:
                var objects = Nodes(body).OfType<JsonObject>().ToList();
                var name = ExtraNames[b % ExtraNames.Length];
                objects[a % objects.Count][name] = Raw(fragment, raw);
                return $"extra {Short(name)}={Short(fragment)}";
            default:
                var depth = 60 + (b % 200);
                var nested = b % 2 == 0
                    ? string.Concat(Enumerable.Repeat("[", depth)) + "1" + string.Concat(Enumerable.Repeat("]", depth))
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + string.Concat(Enumerable.Repeat("}", depth));
                slot.Set(Raw(nested, raw));
                return $"nest {slot.Path} {depth} deep";
        }
    }

    private static byte[] Finish(byte[] json, Text text, int a) => text switch
    {
        Text.Truncate => json[..(a % Math.Max(1, json.Length))],
        Text.InvalidUtf8 => [.. json[..(a % json.Length)], .. (a % 3) switch { 0 => new byte[] { 0xFF }, 1 => [0xC3, 0x28], _ => [0xED, 0xA0, 0x80] }, .. json[(a % json.Length)..]],
        Text.DuplicateKey => [.. "{\"type\":\"message\",\"text\":5,\"zz\":1,\"zz\":2,"u8.ToArray(), .. json[1..]],
        Text.NotAnObject => Encoding.UTF8.GetBytes(NotObjects[a % NotObjects.Length]),
        Text.ByteOrderMark => [0xEF, 0xBB, 0xBF, .. json],
        Text.TrailingGarbage => [.. json, .. ",{}xyz"u8.ToArray()],
        _ => json,
    };

    private static JsonValue Raw(string fragment, List<string> raw)
    {
        raw.Add(fragment);
        return JsonValue.Create($"@@RAW{raw.Count - 1}@@");
    }

    private static string Short(string value) => value.Length > 24 ? value[..24] + "..." : value;

    private static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(pair => pair.Value),
            JsonArray arr => arr.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Nodes(child))
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Every place a value sits: each property of each object and each entry of each array.</summary>
    private static IEnumerable<Slot> Slots(JsonNode root) =>
        Nodes(root).SelectMany(node => node switch
        {
            JsonObject obj => obj.Select(pair => new Slot(obj, pair.Key, -1)).ToList(),
            JsonArray arr => Enumerable.Range(0, arr.Count).Select(i => new Slot(arr, null, i)).ToList(),
            _ => [],
        });

    private sealed record Slot(JsonNode Parent, string? Key, int Index)
    {
        public string Path => Key ?? $"[{Index}]";

        public void Set(JsonNode? value)
        {
            if (Parent is JsonObject obj)
            {
                obj[Key!] = value;
            }
            else
            {
                ((JsonArray)Parent)[Index] = value;
            }
        }

        public void Remove()
        {
            if (Parent is JsonObject obj)
            {
                obj.Remove(Key!);
            }
            else
            {
                ((JsonArray)Parent).RemoveAt(Index);
            }
        }
    }
}
