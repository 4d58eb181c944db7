using System;
using System.Text.Json;
using Oai.Chat;

namespace Oai.UnitTests.Responses;

public sealed class UnixTimeTests
{
    [Theory]
    [InlineData(1770950813L, "2026-02-13T02:46:53+00:00")]
    [InlineData(1770950813000L, "2026-02-13T02:46:53+00:00")]
    [InlineData(long.MaxValue, "9999-12-31T23:59:59+00:00")]
    public void Created_reads_seconds_or_milliseconds_and_never_throws(long created, string expected)
    {
        var completion = JsonSerializer.Deserialize($$"""{"id":"c","object":"chat.completion","created":{{created}},"model":"m","choices":[]}""", RecordsJsonContext.Default.ChatCompletion)!;

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), completion.CreatedAt, TimeSpan.FromSeconds(1));
        Assert.Contains("CreatedAt", completion.ToString(), StringComparison.Ordinal);
    }
}
