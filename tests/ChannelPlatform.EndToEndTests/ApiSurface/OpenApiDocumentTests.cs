using System.Net;
using ChannelPlatform.Testing;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ChannelPlatform.EndToEndTests.ApiSurface;

/// <summary>
/// One API surface: <c>/swagger</c> on the gateway is one Swagger UI over the gateway's own document and
/// every service's, each served anonymously through the gateway and valid OpenAPI 3 by Microsoft.OpenApi's
/// reader and rule set (the library Swashbuckle writes them with).
/// </summary>
[Collection(FullPlatformCollection.Name)]
public sealed class OpenApiDocumentTests(FullPlatformFixture platform)
{
    public static TheoryData<string> Documents() => ["gateway", "partner", "dealregistration", "enablement", "revenue", "webhooks"];

    public static TheoryData<string> ServiceDocuments() => ["partner", "dealregistration", "enablement", "revenue", "webhooks"];

    [Fact]
    public async Task The_swagger_UI_is_served_anonymously_and_offers_every_services_document()
    {
        using var anonymous = platform.Gateway.CreateClient();
        using var page = await anonymous.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("swagger-ui");

        var configuration = html + await anonymous.GetStringAsync(new Uri("/swagger/index.js", UriKind.Relative));
        foreach (var document in Documents())
            configuration.ShouldContain($"/swagger/{document}/swagger.json");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Each_document_is_served_through_the_gateway_and_is_valid_OpenAPI_3(string document)
    {
        using var anonymous = platform.Gateway.CreateClient();
        using var response = await anonymous.GetAsync(new Uri($"/swagger/{document}/swagger.json", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();

        var read = OpenApiDocument.Parse(text, OpenApiConstants.Json, new OpenApiReaderSettings());

        read.Diagnostic.ShouldNotBeNull();
        read.Diagnostic.Errors.Select(e => e.ToString()).ShouldBeEmpty();
        read.Diagnostic.SpecificationVersion.ShouldBeOneOf(OpenApiSpecVersion.OpenApi3_0, OpenApiSpecVersion.OpenApi3_1);
        var model = read.Document.ShouldNotBeNull();
        model.Validate(ValidationRuleSet.GetDefaultRuleSet()).Select(e => e.ToString()).ShouldBeEmpty();
        model.Paths.ShouldNotBeEmpty();
        // No server of its own: "Try it out" from the gateway's UI goes through the gateway.
        (model.Servers ?? []).ShouldAllBe(s => !s.Url!.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_gateway_document_has_the_scorecards_with_an_example_for_every_answer()
    {
        using var anonymous = platform.Gateway.CreateClient();
        var model = OpenApiDocument.Parse(await anonymous.GetStringAsync(new Uri("/swagger/gateway/swagger.json", UriKind.Relative)), OpenApiConstants.Json).Document!;

        model.Paths.Keys.ShouldBe(["/api/v1/program/scorecard", "/api/v1/partners/{id}/scorecard", "/api/v1/auth/dev-token"], ignoreOrder: true);
        var scorecard = model.Paths["/api/v1/partners/{id}/scorecard"]!.Operations![HttpMethod.Get];
        scorecard.Responses!.Keys.ShouldBe(["200", "400", "401", "403", "404"], ignoreOrder: true);
        foreach (var (path, item) in model.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                foreach (var (status, answer) in operation.Responses!)
                    answer.Content!.Values.ShouldAllBe(m => m.Example != null, $"{method} {path} {status}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ServiceDocuments))]
    public async Task Every_answer_and_request_body_of_a_service_document_has_an_example(string document)
    {
        using var anonymous = platform.Gateway.CreateClient();
        var read = OpenApiDocument.Parse(await anonymous.GetStringAsync(new Uri($"/swagger/{document}/swagger.json", UriKind.Relative)), OpenApiConstants.Json);
        read.Diagnostic!.Errors.Select(e => e.ToString()).ShouldBeEmpty();
        var model = read.Document!;
        model.Validate(ValidationRuleSet.GetDefaultRuleSet()).Select(e => e.ToString()).ShouldBeEmpty();

        var answers = 0;
        var withoutExample = new List<string>();
        foreach (var (path, item) in model.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                foreach (var (type, media) in operation.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>())
                {
                    if (!HasExample(media))
                        withoutExample.Add($"{method} {path} request {type}");
                }

                foreach (var (status, answer) in operation.Responses!)
                {
                    foreach (var (type, media) in answer.Content ?? new Dictionary<string, IOpenApiMediaType>())
                    {
                        answers++;
                        if (!HasExample(media))
                            withoutExample.Add($"{method} {path} {status} {type}");
                        else if (status == "400" && media.Example is { } problem)
                            problem["errors"].ShouldBeOfType<System.Text.Json.Nodes.JsonObject>().ShouldNotBeEmpty();
                    }
                }
            }
        }

        answers.ShouldBeGreaterThan(0);
        withoutExample.ShouldBeEmpty();
    }

    private static bool HasExample(IOpenApiMediaType media) => media.Example is not null || media.Examples is { Count: > 0 };
}
