using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace Oai.UnitTests.Conventions;

/// <summary>Keeps the house style's rules about the public surface true, by reflection over both assemblies.</summary>
public sealed class PublicSurfaceConventionTests
{
    private static readonly Assembly s_client = typeof(OaiClient).Assembly;
    private static readonly Assembly s_responses = typeof(Oai.FinishReason).Assembly;

    /// <summary>Client-owned settings may be C# enums; nothing the server owns may be.</summary>
    private static readonly HashSet<Type> s_clientOwnedEnums = [typeof(ContentCaptureMode)];

    private static Type[] PublicTypes(Assembly assembly) => assembly.GetExportedTypes();

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    [Fact]
    public void Response_records_are_sealed_unless_they_are_union_bases()
    {
        var offenders = PublicTypes(s_responses)
            .Where(t => t.IsClass && IsRecord(t) && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_response_record_keeps_unknown_fields()
    {
        var offenders = PublicTypes(s_responses)
            .Where(t => t.IsClass && IsRecord(t) && !t.IsAbstract)
            .Where(t => !t.GetProperties().Any(p => p.GetCustomAttribute<JsonExtensionDataAttribute>() is not null))
            .Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void No_public_enum_stands_for_a_server_owned_value()
    {
        var offenders = PublicTypes(s_client).Concat(PublicTypes(s_responses))
            .Where(t => t.IsEnum && !s_clientOwnedEnums.Contains(t))
            .Select(t => t.FullName);

        Assert.Empty(offenders);
    }

    [Fact]
    public void Asynchronous_methods_end_in_Async_and_take_the_cancellation_token_last()
    {
        var offenders = new List<string>();
        foreach (var method in PublicTypes(s_client).SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)))
        {
            var returns = method.ReturnType;
            var isAsync = typeof(Task).IsAssignableFrom(returns) || typeof(ValueTask).IsAssignableFrom(returns)
                || (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(ValueTask<>))
                || IsAsyncEnumerable(returns) || returns.GetInterfaces().Any(IsAsyncEnumerable);
            if (!isAsync || method.IsSpecialName || method.Name is nameof(IAsyncEnumerable<int>.GetAsyncEnumerator) or nameof(IAsyncDisposable.DisposeAsync))
            {
                continue;
            }

            if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
            {
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: no Async suffix");
            }

            var parameters = method.GetParameters();
            var token = Array.FindIndex(parameters, p => p.ParameterType == typeof(CancellationToken));
            if (token < 0 || token != parameters.Length - 1)
            {
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: CancellationToken is not the last parameter");
            }
            else if (!parameters[token].HasDefaultValue)
            {
                offenders.Add($"{method.DeclaringType!.Name}.{method.Name}: CancellationToken has no default");
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Endpoint_clients_can_be_mocked()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes(s_client).Where(t => t.IsClass && t.Name.EndsWith("Client", StringComparison.Ordinal)))
        {
            if (type.IsSealed)
            {
                offenders.Add($"{type.Name} is sealed");
            }

            if (type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes) is not { IsFamily: true })
            {
                offenders.Add($"{type.Name} has no protected parameterless constructor");
            }

            offenders.AddRange(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && !m.IsVirtual && m.Name != nameof(IDisposable.Dispose))
                .Select(m => $"{type.Name}.{m.Name} is not virtual"));
            offenders.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetMethod is { IsVirtual: false })
                .Select(p => $"{type.Name}.{p.Name} is not virtual"));
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Open_values_compare_ordinally_and_print_as_sent()
    {
        var reason = new Oai.FinishReason("brand_new_reason");

        Assert.Equal("brand_new_reason", reason.ToString());
        Assert.NotEqual(new Oai.FinishReason("STOP"), Oai.FinishReason.Stop);
        Assert.Equal(new Oai.FinishReason("stop"), Oai.FinishReason.Stop);
    }

    /// <summary>Whether the type is <c>IAsyncEnumerable&lt;T&gt;</c> itself: <see cref="Type.GetInterfaces"/> of an
    /// interface type lists only its base interfaces, so a method returning the interface needs this check.</summary>
    private static bool IsAsyncEnumerable(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);
}
