using System;
using System.Collections.Generic;
using System.Linq;
using Google.Protobuf;

namespace Oai.IntegrationTests.Telemetry;

/// <summary>One span as an OTLP/HTTP request carried it.</summary>
public sealed record OtlpSpan(string Scope, string Name, int Kind, string TraceId, string SpanId, string ParentSpanId, IReadOnlyDictionary<string, object?> Attributes);

/// <summary>Reads an OTLP <c>ExportTraceServiceRequest</c> (protobuf) into spans, with Google.Protobuf's wire reader
/// and the field numbers of opentelemetry-proto's trace.proto and common.proto (OpenTelemetry.Proto is not served).</summary>
public static class OtlpTraces
{
    public static List<OtlpSpan> Decode(byte[] body)
    {
        var spans = new List<OtlpSpan>();
        foreach (var resourceSpans in Fields(body).Where(f => f.Number == 1))
        {
            foreach (var scopeSpans in Fields(resourceSpans.Bytes).Where(f => f.Number == 2))
            {
                var scope = string.Empty;
                foreach (var field in Fields(scopeSpans.Bytes))
                {
                    if (field.Number == 1)
                    {
                        scope = Fields(field.Bytes).Where(f => f.Number == 1).Select(f => f.Text).FirstOrDefault() ?? string.Empty;
                    }
                    else if (field.Number == 2)
                    {
                        spans.Add(Span(scope, field.Bytes));
                    }
                }
            }
        }

        return spans;
    }

    private static OtlpSpan Span(string scope, byte[] bytes)
    {
        string traceId = string.Empty, spanId = string.Empty, parent = string.Empty, name = string.Empty;
        var kind = 0;
        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Fields(bytes))
        {
            switch (field.Number)
            {
                case 1: traceId = Convert.ToHexStringLower(field.Bytes); break;
                case 2: spanId = Convert.ToHexStringLower(field.Bytes); break;
                case 4: parent = Convert.ToHexStringLower(field.Bytes); break;
                case 5: name = field.Text; break;
                case 6: kind = (int)field.Number64; break;
                case 9:
                    var pair = Fields(field.Bytes).ToList();
                    attributes[pair.First(f => f.Number == 1).Text] = AnyValue(pair.First(f => f.Number == 2).Bytes);
                    break;
            }
        }

        return new OtlpSpan(scope, name, kind, traceId, spanId, parent, attributes);
    }

    /// <summary>An <c>AnyValue</c>: string, bool, long, double, or an array (string[] when every element is a string).</summary>
    private static object? AnyValue(byte[] bytes)
    {
        foreach (var field in Fields(bytes))
        {
            switch (field.Number)
            {
                case 1: return field.Text;
                case 2: return field.Number64 != 0;
                case 3: return (long)field.Number64;
                case 4: return BitConverter.Int64BitsToDouble((long)field.Number64);
                case 5:
                    var values = Fields(field.Bytes).Where(f => f.Number == 1).Select(f => AnyValue(f.Bytes)).ToArray();
                    return values.All(v => v is string) ? values.Cast<string>().ToArray() : values;
            }
        }

        return null;
    }

    private readonly record struct Field(int Number, byte[] Bytes, ulong Number64)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Bytes);
    }

    private static List<Field> Fields(byte[] message)
    {
        var fields = new List<Field>();
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            var number = WireFormat.GetTagFieldNumber(tag);
            switch (WireFormat.GetTagWireType(tag))
            {
                case WireFormat.WireType.Varint: fields.Add(new Field(number, [], input.ReadUInt64())); break;
                case WireFormat.WireType.Fixed64: fields.Add(new Field(number, [], input.ReadFixed64())); break;
                case WireFormat.WireType.Fixed32: fields.Add(new Field(number, [], input.ReadFixed32())); break;
                case WireFormat.WireType.LengthDelimited: fields.Add(new Field(number, input.ReadBytes().ToByteArray(), 0)); break;
                default: input.SkipLastField(); break;
            }
        }

        return fields;
    }
}
