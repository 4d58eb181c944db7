using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Emulator.Core;
using Oai.Models;

namespace Oai.Emulator.Endpoints;

/// <summary><c>/v1/models</c>: list (the emulator's models, then the fine-tuned models of its succeeded jobs), retrieve,
/// and delete (a fine-tuned model only; it is then gone from the list and from chat).</summary>
internal static class ModelsEndpoints
{
    /// <summary>Creation times and owners of the default models, as the service lists them (recorded September 2025);
    /// a model added through <see cref="OaiEmulatorOptions.Models"/> is dated when the emulator started, owned by <c>system</c>.</summary>
    private static readonly Dictionary<string, (long Created, string OwnedBy)> s_known = new(StringComparer.Ordinal)
    {
        ["gpt-4o"] = (1715367049, "system"),
        ["gpt-4o-mini"] = (1721172741, "system"),
        ["gpt-4.1"] = (1744316542, "system"),
        ["gpt-4.1-mini"] = (1744318173, "system"),
        ["gpt-4.1-nano"] = (1744321707, "system"),
        ["gpt-5"] = (1754425777, "system"),
        ["gpt-5-mini"] = (1754425928, "system"),
        ["gpt-5-nano"] = (1754426384, "system"),
        ["o3"] = (1744225308, "system"),
        ["o4-mini"] = (1744225351, "system"),
        ["gpt-3.5-turbo"] = (1677610602, "openai"),
        ["gpt-3.5-turbo-0125"] = (1706048358, "system"),
        ["gpt-4o-mini-2024-07-18"] = (1721172717, "system"),
        ["gpt-4o-2024-08-06"] = (1722814719, "system"),
        ["gpt-4.1-2025-04-14"] = (1744315746, "system"),
        ["gpt-4.1-mini-2025-04-14"] = (1744317547, "system"),
        ["gpt-3.5-turbo-instruct"] = (1692901427, "system"),
        ["davinci-002"] = (1692634301, "system"),
        ["babbage-002"] = (1692634615, "system"),
        ["text-embedding-3-small"] = (1705948997, "system"),
        ["text-embedding-3-large"] = (1705953180, "system"),
        ["text-embedding-ada-002"] = (1671217299, "openai-internal"),
        ["omni-moderation-latest"] = (1731689265, "system"),
        ["omni-moderation-2024-09-26"] = (1732734466, "system"),
    };

    public static void Map(Router router)
    {
        router.Map("GET", "models", ListAsync);
        router.Map("GET", "models/{model}", RetrieveAsync);
        router.Map("DELETE", "models/{model}", DeleteAsync);
    }

    /// <summary>The service's list has no cursor fields: <c>{"object":"list","data":[...]}</c>.</summary>
    private static Task ListAsync(EndpointContext context)
    {
        var models = new List<ModelObject>();
        foreach (var id in context.State.ModelIds)
        {
            models.Add(Known(context.State, id));
        }

        foreach (var (model, created, owner) in context.State.Jobs.FineTunedModels())
        {
            models.Add(new ModelObject { Id = model, Created = created, OwnedBy = owner });
        }

        var node = JsonSerializer.SerializeToNode(new ListPage<ModelObject> { Data = models }, RecordsJsonContext.Default.ListPageModelObject)!.AsObject();
        node.Remove("has_more");
        return context.WriteJsonAsync(node);
    }

    private static Task RetrieveAsync(EndpointContext context) =>
        context.WriteJsonAsync(Find(context), RecordsJsonContext.Default.ModelObject);

    private static Task DeleteAsync(EndpointContext context)
    {
        var model = Find(context);
        if (!context.State.Jobs.DeleteModel(model.Id))
        {
            throw new EmulatorApiException(403, new ApiError
            {
                Message = $"You do not have permission to delete the model '{model.Id}': only fine-tuned models can be deleted.",
                Type = Errors.InvalidRequest,
                Param = "model",
            });
        }

        return context.WriteJsonAsync(new ModelDeletionResult { Id = model.Id, Deleted = true }, RecordsJsonContext.Default.ModelDeletionResult);
    }

    private static ModelObject Find(EndpointContext context)
    {
        var id = context.Route("model");
        foreach (var (model, created, owner) in context.State.Jobs.FineTunedModels())
        {
            if (model == id)
            {
                return new ModelObject { Id = model, Created = created, OwnedBy = owner };
            }
        }

        return context.State.ModelIds.Contains(id)
            ? Known(context.State, id)
            : throw new EmulatorApiException(404, new ApiError
            {
                Message = $"The model '{id}' does not exist",
                Type = Errors.InvalidRequest,
                Param = "model",
                Code = "model_not_found",
            });
    }

    private static ModelObject Known(EmulatorState state, string id) => s_known.TryGetValue(id, out var known)
        ? new ModelObject { Id = id, Created = DateTimeOffset.FromUnixTimeSeconds(known.Created), OwnedBy = known.OwnedBy }
        : new ModelObject { Id = id, Created = state.Started, OwnedBy = "system" };
}
