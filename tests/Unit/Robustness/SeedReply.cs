using System.Collections.Generic;

namespace Oai.UnitTests.Robustness;

/// <summary>A recorded response before mutation: where it came from, its status, headers and body text (a JSON document,
/// a raw event stream, or file content).</summary>
internal sealed record SeedReply(
    string Source, int Status, string ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body);
