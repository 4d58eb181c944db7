using System.Text.Json.Serialization;

namespace Oai.Chat;

/// <summary>An approximate location: any of country, region, city and time zone.</summary>
public sealed record ChatApproximateLocation
{
    /// <summary>Gets the two-letter ISO country code, for example <c>US</c>.</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>Gets the region, for example <c>California</c>.</summary>
    [JsonPropertyName("region")]
    public string? Region { get; init; }

    /// <summary>Gets the city, for example <c>San Francisco</c>.</summary>
    [JsonPropertyName("city")]
    public string? City { get; init; }

    /// <summary>Gets the IANA time zone, for example <c>America/Los_Angeles</c>.</summary>
    [JsonPropertyName("timezone")]
    public string? Timezone { get; init; }
}
