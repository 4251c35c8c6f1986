using ChannelPlatform.FuzzTests.Generation;
using ChannelPlatform.FuzzTests.Platform;

namespace ChannelPlatform.FuzzTests.Regressions;

/// <summary>Issue 11: errors are ProblemDetails whatever the request's Accept and Content-Type say.</summary>
[Collection(FuzzCollection.Name)]
public sealed class ErrorFormatTests(FuzzPlatform platform)
{
    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("text/plain")]
    public async Task A_404_asked_for_in_another_format_is_still_ProblemDetails_and_never_the_developer_page(string accept)
    {
        var request = platform.To("GET /api/v1/deals/{id}", target: $"/api/v1/deals/{Guid.NewGuid()}")
            with { Headers = new Dictionary<string, string> { ["Accept"] = accept } };

        (await platform.SendAsync(request)).ShouldAnswer(404);
    }

    [Theory]
    [InlineData("POST /api/v1/partners",
        """{"name":"Charset GmbH","type":"Reseller","website":"https://charset.example/","region":"Emea","country":"DE","salesTeamSize":4}""")]
    [InlineData("POST /api/v1/auth/dev-token", """{"role":"ChannelManager","name":"charset"}""")]
    public async Task A_valid_JSON_body_with_charset_nonsense_is_415_or_400_not_500(string operation, string json)
    {
        var request = platform.To(operation, json: json) with { ContentType = "application/json; charset=nonsense" };

        (await platform.SendAsync(request)).ShouldAnswer(415, 400);
    }

    [Fact]
    public async Task A_2_MB_chunked_body_is_413_from_the_gateway()
    {
        var request = platform.To("POST /api/v1/partners", json: "{\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\"}") with { Chunked = true };

        (await platform.SendAsync(request)).ShouldAnswer(413);
    }

    [Theory]
    [InlineData(RawKind.NonAsciiHeaderValue)]
    [InlineData(RawKind.NonAsciiAuthorization)]
    [InlineData(RawKind.PercentNulInPath)]
    [InlineData(RawKind.HighBytesInPath)]
    [InlineData(RawKind.RequestLineOver8KB)]
    public async Task The_gateways_own_400s_carry_ProblemDetails_wherever_Kestrel_lets_the_gateway_answer(RawKind kind)
    {
        var exchange = await platform.SendAsync(RawRequests.Make(platform.To("GET /api/v1/partners"), kind));

        if (Checks.KnownExceptions.Allows(exchange) is null)
            exchange.ShouldAnswer(400, 401, 404, 414, 431);
    }
}
