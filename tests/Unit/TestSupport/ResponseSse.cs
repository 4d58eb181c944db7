using System.Text;

namespace Oai.UnitTests.TestSupport;

/// <summary>Small Responses event streams for failure paths, in the service's shape (named events, sequence numbers).</summary>
internal static class ResponseSse
{
    public static string Event(string type, int sequence, string fields) =>
        $"event: {type}\ndata: {{\"type\":\"{type}\",\"sequence_number\":{sequence}{(fields.Length > 0 ? "," : string.Empty)}{fields}}}\n\n";

    public static string Response(string id, string status, string extra = "") =>
        $"\"response\":{{\"id\":\"{id}\",\"object\":\"response\",\"created_at\":1758064478,\"status\":\"{status}\",\"model\":\"gpt-4o-mini-2024-07-18\"{extra}}}";

    /// <summary>created, one text delta, then <c>response.failed</c> with the given error.</summary>
    public static string Failed(string code, string message) => new StringBuilder()
        .Append(Event("response.created", 0, Response("resp_failed", "in_progress")))
        .Append(Event("response.output_text.delta", 1, "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hel\""))
        .Append(Event("response.failed", 2, Response("resp_failed", "failed", $",\"error\":{{\"code\":\"{code}\",\"message\":\"{message}\"}}")))
        .ToString();

    /// <summary>created, then an <c>error</c> event in the Responses shape (fields at the top level).</summary>
    public static string Error(string code, string message) =>
        Event("response.created", 0, Response("resp_err", "in_progress"))
        + Event("error", 1, $"\"code\":\"{code}\",\"message\":\"{message}\",\"param\":null");

    /// <summary>created and two text deltas, then nothing: the connection ends before a terminal event.</summary>
    public static string Cut() =>
        Event("response.created", 0, Response("resp_cut", "in_progress"))
        + Event("response.output_text.delta", 1, "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hel\"")
        + Event("response.output_text.delta", 2, "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"lo\"");

    /// <summary>A complete short stream: created, a message with "Hello", completed.</summary>
    public static string Completed(string text = "Hello") =>
        Event("response.created", 0, Response("resp_ok", "in_progress"))
        + Event("response.output_item.added", 1, "\"output_index\":0,\"item\":{\"id\":\"msg_1\",\"type\":\"message\",\"status\":\"in_progress\",\"role\":\"assistant\",\"content\":[]}")
        + Event("response.content_part.added", 2, "\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"part\":{\"type\":\"output_text\",\"text\":\"\",\"annotations\":[]}")
        + Event("response.output_text.delta", 3, $"\"item_id\":\"msg_1\",\"output_index\":0,\"content_index\":0,\"delta\":\"{text}\"")
        + Event("response.completed", 4, Response("resp_ok", "completed", $",\"output\":[{{\"id\":\"msg_1\",\"type\":\"message\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{{\"type\":\"output_text\",\"text\":\"{text}\",\"annotations\":[]}}]}}],\"usage\":{{\"input_tokens\":5,\"output_tokens\":1,\"total_tokens\":6}}"));
}
