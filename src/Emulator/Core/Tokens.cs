using System.Text.Json;

namespace Oai.Emulator.Core;

/// <summary>Token counts estimated the way OpenAI's guidance does (about four characters a token), deterministic so
/// tests can assert them.</summary>
internal static class Tokens
{
    public static int Of(string? text) => string.IsNullOrEmpty(text) ? 0 : (text.Length + 3) / 4;

    /// <summary>Counts the tokens of every string in a JSON value (the messages, the prompt, the input).</summary>
    public static int Of(JsonElement? value)
    {
        if (value is not { } element)
        {
            return 0;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Of(element.GetString());
            case JsonValueKind.Array:
                var sum = 0;
                foreach (var item in element.EnumerateArray())
                {
                    sum += Of(item);
                }

                return sum;
            case JsonValueKind.Object:
                var total = 0;
                foreach (var property in element.EnumerateObject())
                {
                    total += Of(property.Value);
                }

                return total;
            case JsonValueKind.Number:
                return 1;
            default:
                return 0;
        }
    }
}
