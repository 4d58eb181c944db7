using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Emulator.Core;
using Oai.Responses;

namespace Oai.Emulator.Endpoints;

/// <summary>The Responses API: <c>POST /v1/responses</c> whole and streamed (text, function calls, refusals, in the
/// service's event sequence), background responses, retrieval (and resuming a stream with <c>starting_after</c>),
/// deletion and cancellation.</summary>
internal static class ResponsesEndpoints
{
    public static void Map(Router router)
    {
        router.Map("POST", "responses", CreateAsync, Accepts);
        router.Map("GET", "responses/{id}", RetrieveAsync);
        router.Map("DELETE", "responses/{id}", DeleteAsync);
        router.Map("POST", "responses/{id}/cancel", CancelAsync);
    }

    /// <summary>Text and refusals answer any request; function calls only one whose <c>tools</c> offer every function called.</summary>
    private static bool Accepts(EmulatorReply reply, EmulatorRequest request) => reply.Kind switch
    {
        ReplyKind.Text or ReplyKind.Refusal => true,
        ReplyKind.ToolCalls => reply.Calls.All(call => OfferedFunctions(request).Contains(call.Name)),
        _ => false,
    };

    private static HashSet<string> OfferedFunctions(EmulatorRequest request)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (request.Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array)
        {
            foreach (var tool in tools.EnumerateArray())
            {
                if (tool.ValueKind == JsonValueKind.Object && tool.TryGetProperty("type", out var type) && type.ValueEquals("function")
                    && tool.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                {
                    names.Add(name.GetString()!);
                }
            }
        }

        return names;
    }

    private static async Task CreateAsync(EndpointContext context)
    {
        var model = context.RequireModel();
        var input = context.Optional("input") ?? throw Errors.MissingField("input");
        var said = input.ValueKind == JsonValueKind.String ? input.GetString() : input.ValueKind == JsonValueKind.Array ? Answers.LastUserText(input) : null;
        var reply = context.Reply ?? EmulatorReply.Text(Answers.Echo(said));
        var limited = false;
        if (reply.Kind == ReplyKind.Text)
        {
            var (text, finish) = Answers.Limit(reply.Content!, context.Optional("max_output_tokens"));
            (reply, limited) = (reply.WithContent(text, finish), finish == FinishReason.Length);
        }

        var background = context.Flag("background");
        var output = Output(reply, limited);
        var outputTokens = output.Sum(item => item switch
        {
            MessageItem message => Tokens.Of(message.TryGetText(out var text) ? text : message.TryGetRefusal(out var refusal) ? refusal : null),
            FunctionCallItem call => Tokens.Of(call.Name) + Tokens.Of(call.Arguments),
            _ => 0,
        });
        var inputTokens = Tokens.Of(input) + Tokens.Of(context.Optional("instructions"));
        var final = new Response
        {
            Id = Ids.New("resp_", 48),
            Created = context.Now.ToUnixTimeSeconds(),
            Completed = context.Now.ToUnixTimeSeconds(),
            Status = limited ? ResponseStatus.Incomplete : ResponseStatus.Completed,
            IncompleteDetails = limited ? new ResponseIncompleteDetails { Reason = IncompleteReason.MaxOutputTokens } : null,
            Background = background,
            Model = model,
            Output = output,
            Usage = new ResponseUsage
            {
                InputTokens = inputTokens,
                InputTokensDetails = new ResponseInputTokensDetails { CachedTokens = 0 },
                OutputTokens = outputTokens,
                OutputTokensDetails = new ResponseOutputTokensDetails { ReasoningTokens = 0 },
                TotalTokens = inputTokens + outputTokens,
            },
            Instructions = context.Optional("instructions"),
            PreviousResponseId = context.Optional("previous_response_id")?.GetString(),
            MaxOutputTokens = context.Optional("max_output_tokens") is { ValueKind: JsonValueKind.Number } max ? max.GetInt32() : null,
            ServiceTier = ServiceTier.Default,
            Store = context.Optional("store") is not { ValueKind: JsonValueKind.False },
        };
        var events = ResponseEvents.Of(final, background);
        var queued = final with { Status = ResponseStatus.Queued, Completed = null, Output = [], Usage = null, IncompleteDetails = null };
        if (final.Store != false)
        {
            context.State.Responses.Add(final, background ? queued : final, events);
        }

        if (context.Request.IsStream)
        {
            await context.StreamNamedAsync([.. events.Select(e => e.Json)], [.. events.Select(e => e.Name)]).ConfigureAwait(false);
            return;
        }

        await context.WriteJsonAsync(background ? queued : final, RecordsJsonContext.Default.Response).ConfigureAwait(false);
    }

    private static List<ResponseItem> Output(EmulatorReply reply, bool limited)
    {
        var status = limited ? ResponseItemStatus.Incomplete : ResponseItemStatus.Completed;
        return reply.Kind switch
        {
            ReplyKind.ToolCalls => [.. reply.Calls.Select(call => new FunctionCallItem
            {
                Id = Ids.New("fc_", 48),
                CallId = Ids.New("call_"),
                Name = call.Name,
                Arguments = call.Arguments,
                Status = ResponseItemStatus.Completed,
            })],
            ReplyKind.Refusal => [new MessageItem { Id = Ids.New("msg_", 48), Role = ResponseRole.Assistant, Status = status, Content = [new RefusalPart { Refusal = reply.Content! }] }],
            _ => [new MessageItem { Id = Ids.New("msg_", 48), Role = ResponseRole.Assistant, Status = status, Content = [new OutputTextPart { Text = reply.Content! }] }],
        };
    }

    private static async Task RetrieveAsync(EndpointContext context)
    {
        var id = context.Route("id");
        if (!context.State.Responses.TryGet(id, out var entry))
        {
            throw NotFound(id);
        }

        if (context.Query("stream") == "true")
        {
            var after = long.TryParse(context.Query("starting_after"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
            var events = entry.Events.Skip((int)Math.Clamp(after + 1, 0, entry.Events.Count)).ToList();
            await context.StreamNamedAsync([.. events.Select(e => e.Json)], [.. events.Select(e => e.Name)]).ConfigureAwait(false);
            return;
        }

        // A background response finishes once someone looks: the first retrieval after a queued create sees it done.
        var current = entry.Current.Status == ResponseStatus.Queued ? entry.Final : entry.Current;
        context.State.Responses.Update(id, current);
        await context.WriteJsonAsync(current, RecordsJsonContext.Default.Response).ConfigureAwait(false);
    }

    private static async Task DeleteAsync(EndpointContext context)
    {
        var id = context.Route("id");
        if (!context.State.Responses.Remove(id))
        {
            throw NotFound(id);
        }

        await context.WriteJsonAsync(new ResponseDeletionResult { Id = id, Object = ObjectKind.ResponseDeleted, Deleted = true }, RecordsJsonContext.Default.ResponseDeletionResult).ConfigureAwait(false);
    }

    private static async Task CancelAsync(EndpointContext context)
    {
        var id = context.Route("id");
        if (!context.State.Responses.TryGet(id, out var entry))
        {
            throw NotFound(id);
        }

        if (entry.Current.Background != true)
        {
            throw new EmulatorApiException(400, new ApiError { Message = "Only responses created with background=true can be cancelled.", Type = Errors.InvalidRequest });
        }

        var current = entry.Current.Status == ResponseStatus.Queued ? entry.Current with { Status = ResponseStatus.Cancelled } : entry.Current;
        context.State.Responses.Update(id, current);
        await context.WriteJsonAsync(current, RecordsJsonContext.Default.Response).ConfigureAwait(false);
    }

    private static EmulatorApiException NotFound(string id) =>
        new(404, new ApiError { Message = $"Response with id '{id}' not found.", Type = Errors.InvalidRequest });
}
