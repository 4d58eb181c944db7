using System.Collections.Generic;

namespace Oai.UnitTests.Batches;

/// <summary>Result lines as the service sends them, for the reader's tests.</summary>
internal static class BatchJson
{
    public static string Success(string customId, string answer) =>
        """{"id":"batch_req_ID","custom_id":"ID","response":{"status_code":200,"request_id":"req_ID","body":{"id":"chatcmpl-ID","object":"chat.completion","created":1761896300,"model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":{"role":"assistant","content":"ANSWER"},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":1,"total_tokens":10}}},"error":null}"""
            .Replace("ID", customId, System.StringComparison.Ordinal).Replace("ANSWER", answer, System.StringComparison.Ordinal);

    public static string Failure(string customId, int status, string code, string message) =>
        """{"id":"batch_req_ID","custom_id":"ID","response":{"status_code":STATUS,"request_id":"req_ID","body":{"error":{"message":"MESSAGE","type":"invalid_request_error","param":"messages","code":"CODE"}}},"error":null}"""
            .Replace("ID", customId, System.StringComparison.Ordinal).Replace("STATUS", status.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal)
            .Replace("MESSAGE", message, System.StringComparison.Ordinal).Replace("CODE", code, System.StringComparison.Ordinal);

    public static string Expired(string customId) =>
        """{"id":"batch_req_ID","custom_id":"ID","response":null,"error":{"code":"batch_expired","message":"This request could not be executed before the completion window expired."}}"""
            .Replace("ID", customId, System.StringComparison.Ordinal);

    public static string Lines(IEnumerable<string> lines) => string.Join("\n", lines) + "\n";
}
