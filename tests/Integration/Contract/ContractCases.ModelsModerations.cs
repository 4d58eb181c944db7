using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Oai.Models;
using Oai.Moderations;

namespace Oai.IntegrationTests.Contract;

/// <summary>The Models and Moderations entries of the contract table.</summary>
public static partial class ContractCases
{
    private static Dictionary<string, Func<OaiClient, RequestOptions, Task>> ModelsAndModerationsCases() => new(StringComparer.Ordinal)
    {
        ["models.list"] = async (client, options) =>
            AssertPage(await Listings.FirstPageAsync(client.Models.ListAsync(options)), AssertModel),
        ["models.retrieve"] = async (client, options) =>
            AssertModel(await client.Models.RetrieveAsync("gpt-4o-mini", options)),
        ["models.delete"] = async (client, options) =>
            Assert.False(string.IsNullOrEmpty((await client.Models.DeleteAsync("ft:gpt-4o-mini:acme:suffix:abc123", options)).Id)),
        ["moderations text"] = async (client, options) =>
            AssertModeration(await client.Moderations.CreateAsync(new ModerationRequest { Input = "some text" }, options)),
        ["moderations texts"] = async (client, options) =>
            AssertModeration(await client.Moderations.CreateAsync(
                new ModerationRequest { Input = new[] { "one", "two" }, Model = "text-moderation-latest" }, options)),
        ["moderations text and image parts"] = async (client, options) =>
            AssertModeration(await client.Moderations.CreateAsync(
                new ModerationRequest
                {
                    Input = new[] { ModerationInputPart.Text("caption"), ModerationInputPart.ImageUrl(new Uri("https://example.com/a.png")) },
                    Model = "omni-moderation-latest",
                },
                options)),
    };

    private static void AssertModel(ModelObject model)
    {
        Assert.False(string.IsNullOrEmpty(model.Id), "expected the generated model to carry an id");
        Assert.Equal(ObjectKind.Model, model.Object);
    }

    private static void AssertModeration(CreateModerationResponse response)
    {
        Assert.False(string.IsNullOrEmpty(response.Id), "expected the generated moderation to carry an id");
        Assert.NotEmpty(response.Results);
        Assert.NotEmpty(response.Results[0].CategoryFlags);
        Assert.NotEmpty(response.Results[0].Categories);
    }
}
