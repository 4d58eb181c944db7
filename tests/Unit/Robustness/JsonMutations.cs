using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Oai.UnitTests.Robustness;

/// <summary>Structural mutations of a JSON document at a random path: a value replaced by null or by a value of the
/// wrong type, an array element set to null, a field removed, a string grown to 1 MB.</summary>
internal static class JsonMutations
{
    public const int HugeLength = 1024 * 1024;

    private static readonly Func<JsonNode?>[] s_wrongTypes =
    [
        () => new JsonObject(),
        () => new JsonArray(),
        () => JsonValue.Create(12345),
        () => JsonValue.Create(int.MaxValue),
        () => JsonValue.Create(-1),
        () => JsonValue.Create(0),
        () => JsonValue.Create(-1.5),
        () => JsonValue.Create(1e308),
        () => JsonValue.Create(-9223372036854775808L),
        () => JsonValue.Create("not what you expected"),
        () => JsonValue.Create(string.Empty),
        () => JsonValue.Create(true),
        () => JsonValue.Create(false),
        () => new JsonArray(JsonValue.Create(1), null, new JsonObject()),
    ];

    /// <summary>Applies one random structural mutation in place and says what it did.</summary>
    public static string Apply(JsonNode root, Random random)
    {
        return random.Next(7) switch
        {
            0 => ReplaceWithNull(root, random),
            1 => ReplaceWithWrongType(root, random),
            2 => NullArrayElement(root, random),
            3 => RemoveField(root, random),
            4 => HugeString(root, random),
            5 => DeepNesting(root, random),
            _ => ReplaceWithWrongType(root, random),
        };
    }

    public static string ReplaceWithNull(JsonNode root, Random random)
    {
        var (parent, key, path) = PickSlot(root, random, _ => true);
        if (parent is null)
        {
            return "(nothing to replace)";
        }

        Set(parent, key, null);
        return $"null at {path}";
    }

    public static string ReplaceWithWrongType(JsonNode root, Random random)
    {
        var (parent, key, path) = PickSlot(root, random, _ => true);
        if (parent is null)
        {
            return "(nothing to replace)";
        }

        var value = s_wrongTypes[random.Next(s_wrongTypes.Length)]();
        Set(parent, key, value);
        return $"{value?.ToJsonString() ?? "null"} at {path}";
    }

    public static string NullArrayElement(JsonNode root, Random random)
    {
        var arrays = Slots(root).Where(s => s.Value is JsonArray { Count: > 0 }).ToList();
        if (arrays.Count == 0)
        {
            return ReplaceWithNull(root, random);
        }

        var (_, _, path, node) = arrays[random.Next(arrays.Count)];
        var array = (JsonArray)node!;
        var index = random.Next(array.Count);
        array[index] = null;
        return $"null element at {path}[{index}]";
    }

    public static string RemoveField(JsonNode root, Random random)
    {
        var fields = Slots(root).Where(s => s.Parent is JsonObject).ToList();
        if (fields.Count == 0)
        {
            return "(no field to remove)";
        }

        var (parent, key, path, _) = fields[random.Next(fields.Count)];
        ((JsonObject)parent!).Remove((string)key!);
        return $"removed {path}";
    }

    /// <summary>Grows a string value (or, when there is none, a new field) to 1 MB.</summary>
    public static string HugeString(JsonNode root, Random random)
    {
        var huge = new string(new[] { 'x', 'é', '€' }[random.Next(3)], HugeLength);
        var strings = Slots(root).Where(s => s.Value is JsonValue value && value.TryGetValue<string>(out _)).ToList();
        if (strings.Count == 0 || root is not JsonObject && random.Next(4) == 0)
        {
            if (root is JsonObject obj)
            {
                obj["robustness_padding"] = huge;
                return "1 MB string in a new field robustness_padding";
            }

            return "(no string to grow)";
        }

        var (parent, key, path, _) = strings[random.Next(strings.Count)];
        Set(parent!, key, JsonValue.Create(huge));
        return $"1 MB string at {path}";
    }

    /// <summary>Replaces a value with arrays nested deeper than a JSON reader's default limit (64).</summary>
    public static string DeepNesting(JsonNode root, Random random)
    {
        var (parent, key, path) = PickSlot(root, random, _ => true);
        if (parent is null)
        {
            return "(nothing to replace)";
        }

        var depth = random.Next(2) == 0 ? 63 : 200;
        JsonNode nested = new JsonArray();
        for (var i = 1; i < depth; i++)
        {
            nested = new JsonArray(nested);
        }

        Set(parent, key, nested);
        return $"arrays nested {depth} deep at {path}";
    }

    /// <summary>Sets every array named <paramref name="name"/> (anywhere) to <c>[null]</c>, creating one in each object named
    /// <paramref name="createUnder"/> that lacks it; returns how many it touched.</summary>
    public static int NullItems(JsonNode root, string name, string? createUnder)
    {
        var touched = 0;
        foreach (var (parent, key, _, value) in Slots(root).ToList())
        {
            if (key is string field && field == name && parent is JsonObject obj && value is JsonArray)
            {
                obj[field] = new JsonArray((JsonNode?)null);
                touched++;
            }
            else if (createUnder is not null && key is string owner && owner == createUnder && value is JsonObject target && !target.ContainsKey(name))
            {
                target[name] = new JsonArray((JsonNode?)null);
                touched++;
            }
        }

        return touched;
    }

    public static IEnumerable<(JsonNode? Parent, object? Key, string Path, JsonNode? Value)> Slots(JsonNode root)
    {
        var pending = new Stack<(JsonNode Node, string Path)>();
        pending.Push((root, "$"));
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            if (node is JsonObject obj)
            {
                foreach (var (name, child) in obj.ToList())
                {
                    var childPath = $"{path}.{name}";
                    yield return (obj, name, childPath, child);
                    if (child is not null)
                    {
                        pending.Push((child, childPath));
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    var childPath = $"{path}[{i}]";
                    yield return (array, i, childPath, array[i]);
                    if (array[i] is { } child)
                    {
                        pending.Push((child, childPath));
                    }
                }
            }
        }
    }

    private static (JsonNode? Parent, object? Key, string Path) PickSlot(JsonNode root, Random random, Func<JsonNode?, bool> filter)
    {
        var slots = Slots(root).Where(s => filter(s.Value)).ToList();
        if (slots.Count == 0)
        {
            return (null, null, "$");
        }

        var (parent, key, path, _) = slots[random.Next(slots.Count)];
        return (parent, key, path);
    }

    private static void Set(JsonNode parent, object? key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key!] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key!] = value;
        }
    }
}
