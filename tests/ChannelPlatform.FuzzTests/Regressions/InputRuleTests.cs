using ChannelPlatform.FuzzTests.Platform;

namespace ChannelPlatform.FuzzTests.Regressions;

/// <summary>Issue 11: control characters, dates and amounts out of the contract's range are a 400 naming the field, never a 500.</summary>
[Collection(FuzzCollection.Name)]
public sealed class InputRuleTests(FuzzPlatform platform)
{
    [Fact]
    public async Task A_NUL_in_a_body_field_is_a_400_naming_the_field()
    {
        const string partner = """
            {"name":"Fuzz\u0000Partner","type":"Reseller","website":"https://nul.example/","region":"Emea","country":"DE","salesTeamSize":4}
            """;
        var request = platform.To("POST /api/v1/partners", json: partner) with { Field = "name" };

        (await platform.SendAsync(request)).ShouldAnswer(400);
    }

    [Theory]
    [InlineData("GET /api/v1/partners", "q")]
    [InlineData("GET /api/v1/deals", "customer")]
    [InlineData("GET /api/v1/enablement/courses", "product")]
    [InlineData("GET /api/v1/enablement/assets", "product")]
    public async Task A_NUL_in_a_query_filter_is_a_400_naming_the_parameter(string operation, string parameter)
    {
        var path = operation.Split(' ')[1];
        var request = platform.To(operation, target: $"{path}?{parameter}=fuzz%00name") with { Field = parameter };

        (await platform.SendAsync(request)).ShouldAnswer(400);
    }

    [Fact]
    public async Task Deal_KPIs_up_to_0001_01_01_are_a_400_naming_to()
    {
        var request = platform.To("GET /api/v1/deals/kpis", target: "/api/v1/deals/kpis?to=0001-01-01") with { Field = "to" };

        (await platform.SendAsync(request)).ShouldAnswer(400);
    }
}
