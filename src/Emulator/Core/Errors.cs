namespace Oai.Emulator.Core;

/// <summary>The error answers of the real service, worded as it words them.</summary>
internal static class Errors
{
    public const string InvalidRequest = "invalid_request_error";

    public static EmulatorApiException MissingField(string name) => new(400, new ApiError
    {
        Message = $"Missing required parameter: '{name}'.",
        Type = InvalidRequest,
        Param = name,
        Code = "missing_required_parameter",
    });

    public static EmulatorApiException InvalidValue(string name, string message) => new(400, new ApiError
    {
        Message = message,
        Type = InvalidRequest,
        Param = name,
        Code = "invalid_value",
    });

    public static EmulatorApiException UnknownModel(string model) => new(404, new ApiError
    {
        Message = $"The model `{model}` does not exist or you do not have access to it.",
        Type = InvalidRequest,
        Code = "model_not_found",
    });

    public static EmulatorApiException NoSuchFile(string id, string param = "file_id") => new(404, new ApiError
    {
        Message = $"No such File object: {id}",
        Type = InvalidRequest,
        Param = param,
    });

    public static EmulatorApiException NoSuchJob(string id) => new(404, new ApiError
    {
        Message = $"Could not find fine-tune: {id}",
        Type = InvalidRequest,
        Param = "fine_tuning_job_id",
        Code = "fine_tune_not_found",
    });

    public static EmulatorApiException InvalidUrl(string method, string path) => new(404, new ApiError
    {
        Message = $"Invalid URL ({method} {path})",
        Type = InvalidRequest,
    });

    public static EmulatorApiException WrongMethod(string method, string path) => new(405, new ApiError
    {
        Message = $"Invalid method for URL ({method} {path})",
        Type = InvalidRequest,
    });

    public static EmulatorApiException InvalidJson() => new(400, new ApiError
    {
        Message = "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
        Type = InvalidRequest,
    });
}
