using System.Text.Json.Serialization;

namespace Quickstart;

[JsonSerializable(typeof(string))]
internal sealed partial class StandInJson : JsonSerializerContext;
