using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Oai.Responses;

/// <summary>Code the model ran in a code interpreter container (<c>"type": "code_interpreter_call"</c>).</summary>
public sealed record CodeInterpreterCallItem : ResponseItem
{
    /// <summary>The discriminator value of this variant.</summary>
    public const string Kind = "code_interpreter_call";

    /// <summary>Initializes a new instance with its type set to <c>code_interpreter_call</c>.</summary>
    public CodeInterpreterCallItem()
    {
        Type = Kind;
    }

    /// <summary>Gets the code, or null.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets the id of the container, or null.</summary>
    [JsonPropertyName("container_id")]
    public string? ContainerId { get; init; }

    /// <summary>Gets the outputs when included; empty otherwise.</summary>
    [JsonPropertyName("outputs")]
    public IReadOnlyList<CodeInterpreterOutput> Outputs { get; init => field = NullRule.Items(value); } = [];

    /// <summary>Gets the state of the call, or null when not sent.</summary>
    [JsonPropertyName("status")]
    public ResponseItemStatus? Status { get; init; }
}
