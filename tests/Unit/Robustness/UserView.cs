using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Linq;
using System.Reflection;
using System.Text.Json;

namespace Oai.UnitTests.Robustness;

/// <summary>Looks at a result the way a user would: <c>ToString()</c>, every public property, and every public type
/// guard (a method whose parameters are all <c>out</c>: <c>TryGetToolCalls(out ...)</c>, <c>TryGetRefusal(out ...)</c>,
/// <c>TryGetText(out ...)</c>...), recursively through the library's records and their lists.</summary>
/// <remarks>Found by reflection, so a guard added to a record tomorrow is exercised without touching this test.</remarks>
internal static class UserView
{
    private const int MaxNodes = 3000;
    private const int MaxDepth = 14;

    private static readonly ConcurrentDictionary<Type, (PropertyInfo[] Properties, MethodInfo[] Guards)> s_members = new();

    public static void Visit(object? value)
    {
        var budget = MaxNodes;
        Visit(value, 0, ref budget);
    }

    private static void Visit(object? value, int depth, ref int budget)
    {
        if (value is null || depth > MaxDepth || budget-- <= 0)
        {
            return;
        }

        _ = value.ToString();
        var type = value.GetType();
        if (value is string || value is JsonElement || type.IsPrimitive || type.IsEnum)
        {
            return;
        }

        if (value is IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                Visit(entry.Value, depth + 1, ref budget);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Visit(item, depth + 1, ref budget);
            }

            return;
        }

        if (!IsLibraryType(type))
        {
            return;
        }

        _ = value.GetHashCode();
        _ = value.Equals(value);
        var (properties, guards) = s_members.GetOrAdd(type, Members);
        foreach (var property in properties)
        {
            Visit(property.GetValue(value, BindingFlags.DoNotWrapExceptions, null, null, null), depth + 1, ref budget);
        }

        foreach (var guard in guards)
        {
            var arguments = new object?[guard.GetParameters().Length];
            var result = guard.Invoke(value, BindingFlags.DoNotWrapExceptions, null, arguments, null);
            _ = result?.ToString();
            foreach (var argument in arguments)
            {
                Visit(argument, depth + 1, ref budget);
            }
        }
    }

    private static bool IsLibraryType(Type type) =>
        type.Namespace is { } ns && (ns == "Oai" || ns.StartsWith("Oai.", StringComparison.Ordinal))
        && !ns.StartsWith("Oai.UnitTests", StringComparison.Ordinal) && !ns.StartsWith("Oai.IntegrationTests", StringComparison.Ordinal);

    private static (PropertyInfo[] Properties, MethodInfo[] Guards) Members(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .ToArray();
        var guards = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType != typeof(object) && !m.IsSpecialName && !m.IsGenericMethodDefinition
                && !m.Name.Contains('<', StringComparison.Ordinal)
                && m.GetParameters() is { Length: > 0 } parameters && parameters.All(p => p.IsOut))
            .ToArray();
        return (properties, guards);
    }
}
