using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Responses;

/// <summary>Dispatches an annotation on its <c>type</c>; an unknown type becomes <see cref="UnknownResponseAnnotation"/>.</summary>
internal sealed class ResponseAnnotationConverter : UnionConverter<ResponseAnnotation>
{
    protected override JsonTypeInfo? Variant(string? type) => type switch
    {
        UrlCitationAnnotation.Kind => RecordsJsonContext.Default.UrlCitationAnnotation,
        FileCitationAnnotation.Kind => RecordsJsonContext.Default.FileCitationAnnotation,
        ContainerFileCitationAnnotation.Kind => RecordsJsonContext.Default.ContainerFileCitationAnnotation,
        FilePathAnnotation.Kind => RecordsJsonContext.Default.FilePathAnnotation,
        _ => null,
    };

    protected override ResponseAnnotation Unknown(JsonElement raw) =>
        new UnknownResponseAnnotation { Type = UnionJson.GetString(raw, "type") ?? string.Empty, Raw = raw };

    protected override JsonElement? Raw(ResponseAnnotation value) => value is UnknownResponseAnnotation unknown ? unknown.Raw : null;

    protected override string TypeOf(ResponseAnnotation value) => value.Type;
}
