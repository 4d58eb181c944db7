using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace Consumer;

/// <summary>A tool written as an <see cref="AIFunction"/> with its schema given (AIFunctionFactory.Create reflects over
/// a delegate, which Native AOT warns about): the weather in a city, and the cities asked for.</summary>
internal sealed class WeatherFunction : AIFunction
{
    private static readonly JsonElement s_schema = JsonDocument.Parse(
        """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""").RootElement.Clone();

    public List<string> Cities { get; } = [];

    public override string Name => "get_weather";

    public override string Description => "The weather in a city";

    public override JsonElement JsonSchema => s_schema;

    protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var city = arguments["city"]?.ToString();
        lock (Cities)
        {
            Cities.Add(city ?? "?");
        }

        return new ValueTask<object?>(city == "Paris" ? "18 C" : "24 C");
    }
}
