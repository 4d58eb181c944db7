using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Oai.Embeddings;

namespace Oai.Extensions.AI;

/// <summary>An <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over the Embeddings endpoint.</summary>
internal sealed class OaiEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly OaiClient _client;
    private readonly EmbeddingGeneratorMetadata _metadata;

    public OaiEmbeddingGenerator(OaiClient client, string? defaultModelId, int? defaultDimensions)
    {
        _client = client;
        _metadata = new EmbeddingGeneratorMetadata(AIMapping.ProviderName, client.BaseUrl, defaultModelId, defaultDimensions);
    }

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var inputs = values.ToArray();
        var raw = options?.RawRepresentationFactory?.Invoke(this) as EmbeddingRequest;
        var model = raw?.Model is { Length: > 0 } rawModel ? rawModel : options?.ModelId ?? _metadata.DefaultModelId
            ?? throw new InvalidOperationException(
                "No model for the embeddings request: set EmbeddingGenerationOptions.ModelId or give a default model to AsIEmbeddingGenerator.");
        var request = (raw ?? new EmbeddingRequest { Model = model, Input = EmbeddingInput.FromStringArray(inputs) }) with
        {
            Model = model,
            Input = EmbeddingInput.FromStringArray(inputs),
            Dimensions = raw?.Dimensions ?? options?.Dimensions ?? _metadata.DefaultModelDimensions,
        };

        var response = await _client.Embeddings.CreateAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false);
        var embeddings = new GeneratedEmbeddings<Embedding<float>>(inputs.Length)
        {
            Usage = response.Usage is { } usage
                ? new UsageDetails { InputTokenCount = usage.PromptTokens, TotalTokenCount = usage.TotalTokens }
                : null,
        };

        // In the order of the inputs, whatever order the service listed them in.
        for (var i = 0; i < inputs.Length; i++)
        {
            embeddings.Add(new Embedding<float>(response.GetVector(i)) { ModelId = response.Model });
        }

        return embeddings;
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        AIMapping.Service(serviceType, serviceKey, _metadata, _client, _client.Embeddings, this);

    // The OaiClient belongs to the caller (or the container): the generator does not dispose it.
    public void Dispose()
    {
    }
}
