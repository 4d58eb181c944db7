using Oai.Emulator.Core;

namespace Oai.Emulator.Endpoints;

/// <summary>Every endpoint group the emulator serves: a new group is one file in this folder and one line here.</summary>
internal static class EndpointRegistry
{
    public static void MapAll(Router router)
    {
        BatchesEndpoints.Map(router);
        ChatEndpoints.Map(router);
        CompletionsEndpoints.Map(router);
        EmbeddingsEndpoints.Map(router);
        FilesEndpoints.Map(router);
        FineTuningEndpoints.Map(router);
        ModelsEndpoints.Map(router);
        ModerationsEndpoints.Map(router);
        ResponsesEndpoints.Map(router);
    }
}
