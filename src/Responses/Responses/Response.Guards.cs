using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Oai.Responses;

public sealed partial record Response
{
    /// <summary>Gets whether the response has reached a final state: completed, failed, cancelled or incomplete.</summary>
    public bool IsTerminal =>
        Status == ResponseStatus.Completed || Status == ResponseStatus.Failed || Status == ResponseStatus.Cancelled || Status == ResponseStatus.Incomplete;

    /// <summary>Gets whether the response stopped before it was complete (see <see cref="TryGetIncompleteReason"/>).</summary>
    public bool IsIncomplete => Status == ResponseStatus.Incomplete;

    /// <summary>Gets the text the model wrote: the output text of every message, joined in order.</summary>
    /// <param name="text">The text when non-empty; otherwise null.</param>
    /// <returns>True when the output holds text.</returns>
    /// <example><code>if (response.TryGetOutputText(out var text)) { Console.WriteLine(text); }</code></example>
    public bool TryGetOutputText([NotNullWhen(true)] out string? text)
    {
        var builder = new StringBuilder();
        foreach (var item in Output)
        {
            if (item is MessageItem message)
            {
                foreach (var part in message.Content)
                {
                    if (part is OutputTextPart output)
                    {
                        builder.Append(output.Text);
                    }
                }
            }
        }

        text = builder.Length > 0 ? builder.ToString() : null;
        return text is not null;
    }

    /// <summary>Gets the calls of your functions the model asked for, in order.</summary>
    /// <param name="calls">The function calls when there are any; otherwise null.</param>
    /// <returns>True when the output holds at least one <see cref="FunctionCallItem"/>.</returns>
    /// <example><code>if (response.TryGetFunctionCalls(out var calls)) { foreach (var call in calls) { Run(call); } }</code></example>
    public bool TryGetFunctionCalls([NotNullWhen(true)] out IReadOnlyList<FunctionCallItem>? calls)
    {
        List<FunctionCallItem>? found = null;
        foreach (var item in Output)
        {
            if (item is FunctionCallItem call)
            {
                (found ??= []).Add(call);
            }
        }

        calls = found;
        return calls is not null;
    }

    /// <summary>Gets why the response is incomplete, when it is.</summary>
    /// <param name="reason">The reason; default when the response is not incomplete or the service gave none.</param>
    /// <returns>True when the response is incomplete and says why.</returns>
    public bool TryGetIncompleteReason(out IncompleteReason reason)
    {
        reason = IncompleteDetails?.Reason ?? default;
        return IsIncomplete && reason.Value is not null;
    }

    /// <summary>Gets the error of a failed response.</summary>
    /// <param name="error">The error when the service reported one; otherwise null.</param>
    /// <returns>True when the response carries an error.</returns>
    public bool TryGetError([NotNullWhen(true)] out ResponseError? error)
    {
        error = Error;
        return error is not null;
    }
}
