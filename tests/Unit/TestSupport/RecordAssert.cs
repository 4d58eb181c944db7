using System.Text.Json;

namespace Oai.UnitTests.TestSupport;

/// <summary>Assertions on records written back to JSON.</summary>
internal static class RecordAssert
{
    /// <summary>Every non-null value the service sent comes back out (the writer drops nulls and adds empty lists).</summary>
    public static void RoundTrips(string original, string written)
    {
        using JsonDocument expected = JsonDocument.Parse(original);
        using JsonDocument actual = JsonDocument.Parse(written);
        Contains(expected.RootElement, actual.RootElement, "$");
    }

    private static void Contains(JsonElement expected, JsonElement actual, string path)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in expected.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Null)
                    {
                        continue;
                    }

                    Assert.True(actual.TryGetProperty(property.Name, out JsonElement value), $"Expected {path}.{property.Name} written back.");
                    Contains(property.Value, value, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                for (int i = 0; i < expected.GetArrayLength(); i++)
                {
                    Contains(expected[i], actual[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText() || JsonElement.DeepEquals(expected, actual),
                    $"Expected {path} = {expected.GetRawText()}, written back as {actual.GetRawText()}.");
                break;
        }
    }
}
