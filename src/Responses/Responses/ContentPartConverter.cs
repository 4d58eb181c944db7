using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Oai.Responses;

/// <summary>Dispatches a content part on its <c>type</c>; an unknown type becomes <see cref="UnknownContentPart"/>.</summary>
internal sealed class ContentPartConverter : UnionConverter<ResponseContentPart>
{
    protected override JsonTypeInfo? Variant(string? type) => type switch
    {
        OutputTextPart.Kind => RecordsJsonContext.Default.OutputTextPart,
        RefusalPart.Kind => RecordsJsonContext.Default.RefusalPart,
        InputTextPart.Kind => RecordsJsonContext.Default.InputTextPart,
        InputImagePart.Kind => RecordsJsonContext.Default.InputImagePart,
        InputFilePart.Kind => RecordsJsonContext.Default.InputFilePart,
        _ => null,
    };

    protected override ResponseContentPart Unknown(JsonElement raw) =>
        new UnknownContentPart { Type = UnionJson.GetString(raw, "type") ?? string.Empty, Raw = raw };

    protected override JsonElement? Raw(ResponseContentPart value) => value is UnknownContentPart unknown ? unknown.Raw : null;

    protected override string TypeOf(ResponseContentPart value) => value.Type;
}
