using System;
using System.Linq;
using System.Net;
using Oai.Telemetry;

namespace Oai.UnitTests.Telemetry;

/// <summary>What a span records of a failure: a low-cardinality <c>error.type</c> (the status, a documented error type
/// for an error inside a 200 stream, or the exception type) and an <c>exception</c> event without the service's text.</summary>
public sealed class ErrorTypeMappingTests
{
    private static OaiApiException Api(HttpStatusCode status, string? type, string? code = null, string? requestId = null)
    {
        using var response = new System.Net.Http.HttpResponseMessage(status);
        if (requestId is not null)
        {
            response.Headers.Add("x-request-id", requestId);
        }

        return new OaiApiException(status, new ApiError { Message = "Your prompt 'secret plans' was rejected.", Type = type, Code = code }, null, response.Headers);
    }

    [Theory]
    [InlineData("invalid_request_error")]
    [InlineData("authentication_error")]
    [InlineData("permission_error")]
    [InlineData("not_found_error")]
    [InlineData("conflict_error")]
    [InlineData("unprocessable_entity_error")]
    [InlineData("rate_limit_error")]
    [InlineData("insufficient_quota")]
    [InlineData("server_error")]
    [InlineData("api_error")]
    public void A_documented_error_type_inside_a_200_stream_is_the_error_type(string type)
    {
        Assert.Equal(type, ErrorTypes.Of(Api(HttpStatusCode.OK, type), cancelled: false));
    }

    [Theory]
    [InlineData("Server_Error")]
    [InlineData("my_gateway_error")]
    [InlineData("")]
    [InlineData(null)]
    public void Any_other_error_type_inside_a_200_stream_is_other(string? type)
    {
        Assert.Equal("_OTHER", ErrorTypes.Of(Api(HttpStatusCode.OK, type), cancelled: false));
    }

    [Theory]
    [InlineData(299, "server_error")]
    [InlineData(300, "300")]
    [InlineData(429, "429")]
    [InlineData(503, "503")]
    public void Past_the_2xx_range_the_status_is_the_error_type_whatever_the_body_says(int status, string expected)
    {
        Assert.Equal(expected, ErrorTypes.Of(Api((HttpStatusCode)status, "server_error"), cancelled: false));
    }

    [Fact]
    public void A_cancellation_is_cancelled_only_when_the_caller_cancelled()
    {
        Assert.Equal("cancelled", ErrorTypes.Of(new OperationCanceledException(), cancelled: true));
        Assert.Equal("System.OperationCanceledException", ErrorTypes.Of(new OperationCanceledException(), cancelled: false));
        Assert.Equal("Oai.OaiTimeoutException", ErrorTypes.Of(new OaiTimeoutException("slow"), cancelled: true));
    }

    [Fact]
    public void The_exception_message_of_an_api_error_is_its_structured_fields_only()
    {
        var message = ErrorTypes.SafeMessage(Api(HttpStatusCode.TooManyRequests, "rate_limit_error", "rate_limit_exceeded", requestId: "req_123"));

        Assert.Equal("HTTP 429 rate_limit_error rate_limit_exceeded (request id req_123)", message);
    }

    [Fact]
    public void Without_a_request_id_or_a_code_nothing_stands_in_for_them()
    {
        Assert.Equal("HTTP 500 server_error", ErrorTypes.SafeMessage(Api(HttpStatusCode.InternalServerError, "server_error")));
    }

    [Fact]
    public void The_exception_message_of_an_unreadable_body_leaves_out_the_body()
    {
        var invalid = new OaiInvalidResponseException(
            "The chat completion response could not be read: invalid JSON (unexpected end). Body starts: {\"choices\":[{\"message\":\"my secret", null);

        Assert.Equal("The chat completion response could not be read: invalid JSON (unexpected end).", ErrorTypes.SafeMessage(invalid));
    }

    [Fact]
    public void A_thrown_exception_gives_an_event_with_its_type_message_and_stack_trace()
    {
        Exception thrown;
        try
        {
            throw new OaiConnectionException("The call to POST /v1/chat/completions failed before a response arrived: reset");
        }
        catch (OaiConnectionException ex)
        {
            thrown = ex;
        }

        var tags = ErrorTypes.ExceptionEvent(thrown).Tags.ToDictionary(t => t.Key, t => t.Value);

        Assert.Equal("exception", ErrorTypes.ExceptionEvent(thrown).Name);
        Assert.Equal("Oai.OaiConnectionException", tags["exception.type"]);
        Assert.Equal("The call to POST /v1/chat/completions failed before a response arrived: reset", tags["exception.message"]);
        Assert.Equal(thrown.StackTrace, tags["exception.stacktrace"]);
    }

    [Fact]
    public void An_exception_never_thrown_has_no_stack_trace_tag()
    {
        var tags = ErrorTypes.ExceptionEvent(new OaiTimeoutException("slow")).Tags.Select(t => t.Key);

        Assert.Equal(["exception.type", "exception.message"], tags);
    }
}
