using System.Threading.Tasks;
using Oai.IntegrationTests.Servers;

namespace Oai.IntegrationTests.Contract;

/// <summary>Every request in <see cref="ContractCases"/>, checked by OpenAI's own schema through Steady.</summary>
[Collection("Steady")]
public sealed class ContractTests(SteadyServer steady)
{
    [Theory]
    [MemberData(nameof(ContractCases.Names), MemberType = typeof(ContractCases))]
    public async Task The_request_is_valid_under_the_OpenAPI_schema_and_the_response_parses(string name)
    {
        await SteadyContract.AssertValidAsync(steady, async (client, options) =>
        {
            await ContractCases.All[name](client, options);
            return true;
        });
    }
}
