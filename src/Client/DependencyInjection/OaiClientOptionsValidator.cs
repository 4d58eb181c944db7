using System;
using Microsoft.Extensions.Options;
using Oai.Pipeline;

namespace Oai.DependencyInjection;

/// <summary>Validates registered <see cref="OaiClientOptions"/> with the client's own rules, so a bad value stops the
/// host at start-up rather than at the first call.</summary>
internal sealed class OaiClientOptionsValidator : IValidateOptions<OaiClientOptions>
{
    public ValidateOptionsResult Validate(string? name, OaiClientOptions options)
    {
        var client = string.IsNullOrEmpty(name) ? "OaiClient" : $"OaiClient '{name}'";
        if (options.Transport is not null)
        {
            return ValidateOptionsResult.Fail(
                $"{client}: OaiClientOptions.Transport is not used with AddOaiClient; set the handler with ConfigurePrimaryHttpMessageHandler on the IHttpClientBuilder it returns.");
        }

        try
        {
            ClientSettings.From(options);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            var message = ex.ParamName is null ? ex.Message : ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal);
            return ValidateOptionsResult.Fail($"{client}: {message}");
        }
    }
}
