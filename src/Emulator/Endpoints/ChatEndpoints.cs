using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Chat;
using Oai.Emulator.Core;

namespace Oai.Emulator.Endpoints;

/// <summary><c>POST /v1/chat/completions</c>, whole and streamed: text, tool calls and refusals, usage when asked.</summary>
internal static class ChatEndpoints
{
    private static readonly string[] s_completionNulls =
        ["choices[].logprobs", "choices[].finish_reason", "choices[].message.content", "choices[].message.refusal", "-choices[].message.tool_calls"];

    private static readonly string[] s_chunkNulls = ["choices[].logprobs", "choices[].finish_reason", "-choices[].delta.tool_calls"];

    public static void Map(Router router) => router.Map("POST", "chat/completions", CreateAsync, Accepts);

    /// <summary>Text and refusals answer any chat request; tool calls only one whose <c>tools</c> offer every function called.</summary>
    private static bool Accepts(EmulatorReply reply, EmulatorRequest request) => reply.Kind switch
    {
        ReplyKind.Text or ReplyKind.Refusal => true,
        ReplyKind.ToolCalls => reply.Calls.All(call => OfferedTools(request).Contains(call.Name)),
        _ => false,
    };

    private static HashSet<string> OfferedTools(EmulatorRequest request)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (request.Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array)
        {
            foreach (var tool in tools.EnumerateArray())
            {
                if (tool.ValueKind == JsonValueKind.Object && tool.TryGetProperty("function", out var function) && function.ValueKind == JsonValueKind.Object
                    && function.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
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
        if (context.Optional("messages") is not { ValueKind: JsonValueKind.Array } messages)
        {
            throw Errors.MissingField("messages");
        }

        if (messages.GetArrayLength() == 0)
        {
            throw Errors.InvalidValue("messages", "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.");
        }

        var reply = context.Reply ?? EmulatorReply.Text(Answers.Echo(Answers.LastUserText(messages)));
        if (reply.Kind == ReplyKind.Text)
        {
            var (text, limited) = Answers.Limit(reply.Content!, context.Optional("max_completion_tokens") ?? context.Optional("max_tokens"));
            reply = limited == FinishReason.Length ? reply.WithContent(text, limited) : reply;
        }

        var calls = reply.Kind == ReplyKind.ToolCalls
            ? reply.Calls.Select(call => new ChatFunctionToolCall { Id = Ids.New("call_"), Function = call }).ToList()
            : [];
        var completionTokens = reply.Kind == ReplyKind.ToolCalls ? calls.Sum(call => Tokens.Of(call.Function.Name) + Tokens.Of(call.Function.Arguments)) : Tokens.Of(reply.Content);
        var usage = Answers.Usage(Tokens.Of(messages), completionTokens);
        var id = Ids.New("chatcmpl-", 29);
        var created = context.Now.ToUnixTimeSeconds();
        var finish = reply.Kind == ReplyKind.ToolCalls ? FinishReason.ToolCalls : reply.Finish ?? FinishReason.Stop;

        if (!context.Request.IsStream)
        {
            var completion = new ChatCompletion
            {
                Id = id,
                Created = created,
                Model = model,
                Choices =
                [
                    new ChatChoice
                    {
                        Index = 0,
                        FinishReason = finish,
                        Message = new ChatCompletionMessage
                        {
                            Content = reply.Kind == ReplyKind.Text ? reply.Content : null,
                            Refusal = reply.Kind == ReplyKind.Refusal ? reply.Content : null,
                            ToolCalls = calls,
                        },
                    },
                ],
                Usage = usage,
                ServiceTier = ServiceTier.Default,
                SystemFingerprint = Answers.Fingerprint,
            };
            await context.WriteJsonAsync(completion, RecordsJsonContext.Default.ChatCompletion, s_completionNulls).ConfigureAwait(false);
            return;
        }

        var deltas = new List<ChatDelta>();
        switch (reply.Kind)
        {
            case ReplyKind.ToolCalls:
                deltas.Add(new ChatDelta { Role = ChatRole.Assistant });
                for (var i = 0; i < calls.Count; i++)
                {
                    deltas.Add(new ChatDelta { ToolCalls = [new ChatToolCallDelta { Index = i, Id = calls[i].Id, Type = ChatFunctionToolCall.Kind, Function = new() { Name = calls[i].Function.Name, Arguments = string.Empty } }] });
                    deltas.AddRange(Pieces.Fixed(calls[i].Function.Arguments).Select(piece =>
                        new ChatDelta { ToolCalls = [new ChatToolCallDelta { Index = i, Function = new() { Arguments = piece } }] }));
                }

                break;
            case ReplyKind.Refusal:
                deltas.Add(new ChatDelta { Role = ChatRole.Assistant, Refusal = string.Empty });
                deltas.AddRange(Pieces.Words(reply.Content!).Select(piece => new ChatDelta { Refusal = piece }));
                break;
            default:
                deltas.Add(new ChatDelta { Role = ChatRole.Assistant, Content = string.Empty });
                deltas.AddRange(Pieces.Words(reply.Content!).Select(piece => new ChatDelta { Content = piece }));
                break;
        }

        var events = new List<byte[]>(deltas.Count + 2);
        foreach (var delta in deltas)
        {
            events.Add(Chunk(id, created, model, new ChatChunkChoice { Delta = delta }));
        }

        events.Add(Chunk(id, created, model, new ChatChunkChoice { Delta = new ChatDelta(), FinishReason = finish }));
        if (Answers.WantsUsage(context))
        {
            events.Add(Wire.ToUtf8(
                new ChatCompletionChunk { Id = id, Created = created, Model = model, Choices = [], Usage = usage, ServiceTier = ServiceTier.Default, SystemFingerprint = Answers.Fingerprint },
                RecordsJsonContext.Default.ChatCompletionChunk));
        }

        await context.StreamAsync(events).ConfigureAwait(false);
    }

    private static byte[] Chunk(string id, long created, string model, ChatChunkChoice choice) => Wire.ToUtf8(
        new ChatCompletionChunk { Id = id, Created = created, Model = model, Choices = [choice], ServiceTier = ServiceTier.Default, SystemFingerprint = Answers.Fingerprint },
        RecordsJsonContext.Default.ChatCompletionChunk,
        s_chunkNulls);
}
