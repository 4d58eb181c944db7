using System;
using System.Text.Json.Nodes;

namespace Oai.UnitTests.Robustness;

/// <summary>Error responses: a random 4xx/5xx status with a body that quotes the API key where the service (or a
/// proxy) might, sometimes enormous, sometimes not JSON at all.</summary>
internal static class ErrorReplies
{
    private static readonly int[] s_statuses = [400, 401, 403, 404, 408, 409, 413, 415, 418, 422, 429, 451, 500, 502, 503, 504, 520, 599];

    public static string Apply(ReplyDraft draft, string key, Random random)
    {
        draft.Status = s_statuses[random.Next(s_statuses.Length)];
        draft.ContentType = "application/json; charset=utf-8";
        draft.End = BodyEnd.Complete;
        string body;
        switch (random.Next(7))
        {
            case 0:
            case 1:
                {
                    var error = new JsonObject
                    {
                        ["message"] = $"Incorrect API key provided: {key}. You can find your API key at https://platform.openai.com/account/api-keys.",
                        ["type"] = random.Next(2) == 0 ? key : "invalid_request_error",
                        ["param"] = random.Next(2) == 0 ? key : null,
                        ["code"] = random.Next(3) == 0 ? "invalid_api_key" : key,
                    };
                    body = new JsonObject { ["error"] = error }.ToJsonString();
                    break;
                }

            case 2:
                {
                    var huge = new string('c', JsonMutations.HugeLength);
                    var field = new[] { "code", "type", "message", "param" }[random.Next(4)];
                    var error = new JsonObject { ["message"] = "boom", ["type"] = "server_error", ["code"] = "x" };
                    error[field] = random.Next(2) == 0 ? huge : key + huge;
                    body = new JsonObject { ["error"] = error }.ToJsonString();
                    break;
                }

            case 3:
                draft.ContentType = "text/html";
                body = $"<html><body><h1>502 Bad Gateway</h1><p>upstream said: Authorization: Bearer {key}</p></body></html>";
                break;
            case 4:
                body = string.Empty;
                break;
            case 5:
                {
                    var recorded = Corpus.Instance.Errors[random.Next(Corpus.Instance.Errors.Count)];
                    var root = JsonNode.Parse(recorded.Body)!;
                    if (root["error"] is JsonObject error)
                    {
                        error["message"] = $"{error["message"]?.ToString()} ({key})";
                    }

                    body = root.ToJsonString();
                    break;
                }

            default:
                body = new[] { """{"error":null}""", """{"error":"a string"}""", """{"error":[]}""", """{"error":{"message":{}}}""", "[]", "null", """{"error":{"message":null,"code":12}}""" }[random.Next(7)];
                break;
        }

        draft.Text = body;
        var requestId = random.Next(5) switch
        {
            0 or 1 => key,
            2 => new string('r', JsonMutations.HugeLength),
            _ => "req_0123456789abcdef",
        };
        draft.SetHeader("x-request-id", requestId);
        if (random.Next(4) == 0)
        {
            draft.SetHeader("retry-after-ms", new[] { "1", "-5", "abc", "1e400", "99999999999999999999" }[random.Next(5)]);
        }

        return $"HTTP {draft.Status}, body {Excerpt(body)}, x-request-id {(requestId.Length > 100 ? "1 MB" : requestId)}";
    }

    private static string Excerpt(string body) => body.Length <= 160 ? (body.Length == 0 ? "(empty)" : body) : $"{body[..160]}... ({body.Length} chars)";
}
