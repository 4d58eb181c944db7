using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Oai.Completions;
using Oai.Emulator.Core;

namespace Oai.Emulator.Endpoints;

/// <summary><c>POST /v1/completions</c> (legacy), whole and streamed; a scripted <see cref="EmulatorReply.Text"/> sets the text.</summary>
internal static class CompletionsEndpoints
{
    private static readonly string[] s_nulls = ["choices[].logprobs", "choices[].finish_reason"];

    public static void Map(Router router) => router.Map("POST", "completions", CreateAsync, static (reply, _) => reply.Kind == ReplyKind.Text);

    private static async Task CreateAsync(EndpointContext context)
    {
        var model = context.RequireModel();
        if (context.Optional("prompt") is not { } prompt)
        {
            throw Errors.MissingField("prompt");
        }

        var said = prompt.ValueKind == JsonValueKind.String ? prompt.GetString()
            : prompt.ValueKind == JsonValueKind.Array && prompt.GetArrayLength() > 0 && prompt[0].ValueKind == JsonValueKind.String ? prompt[0].GetString()
            : null;
        var text = context.Reply?.Content ?? Answers.Echo(said);
        if (context.Flag("echo") && said is not null)
        {
            text = said + text;
        }

        var (cut, finish) = Answers.Limit(text, context.Optional("max_tokens"));
        var usage = Answers.Usage(Tokens.Of(prompt), Tokens.Of(cut));
        var id = Ids.New("cmpl-", 29);
        var created = context.Now.ToUnixTimeSeconds();

        if (!context.Request.IsStream)
        {
            var completion = new Completion
            {
                Id = id,
                Created = created,
                Model = model,
                Choices = [new CompletionChoice { Index = 0, Text = cut, FinishReason = finish }],
                Usage = usage,
            };
            await context.WriteJsonAsync(completion, RecordsJsonContext.Default.Completion, s_nulls).ConfigureAwait(false);
            return;
        }

        var events = Pieces.Words(cut)
            .Select(piece => Chunk(id, created, model, [new CompletionChoice { Index = 0, Text = piece }]))
            .ToList();
        events.Add(Chunk(id, created, model, [new CompletionChoice { Index = 0, Text = string.Empty, FinishReason = finish }]));
        if (Answers.WantsUsage(context))
        {
            events.Add(Wire.ToUtf8(new Completion { Id = id, Created = created, Model = model, Choices = [], Usage = usage }, RecordsJsonContext.Default.Completion));
        }

        await context.StreamAsync(events).ConfigureAwait(false);
    }

    private static byte[] Chunk(string id, long created, string model, IReadOnlyList<CompletionChoice> choices) =>
        Wire.ToUtf8(new Completion { Id = id, Created = created, Model = model, Choices = choices }, RecordsJsonContext.Default.Completion, s_nulls);
}
