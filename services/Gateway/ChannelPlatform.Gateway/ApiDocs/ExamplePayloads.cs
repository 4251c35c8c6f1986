using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChannelPlatform.Gateway.DevTokens;
using ChannelPlatform.Gateway.Scorecards;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChannelPlatform.Gateway.ApiDocs;

/// <summary>An example for every documented answer of the gateway's own operations: the success body and each ProblemDetails.</summary>
internal sealed class ExamplePayloads : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            var example = status == "200" ? Success(operation.OperationId) : Problem(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), Invalid(operation.OperationId));
            foreach (var media in response.Content?.Values.OfType<OpenApiMediaType>() ?? [])
                media.Example = example?.DeepClone();
        }

        if (operation.OperationId == DevTokenEndpoint.OperationId && operation.RequestBody?.Content is { } body)
        {
            foreach (var media in body.Values.OfType<OpenApiMediaType>())
                media.Example = new JsonObject { ["role"] = "Partner", ["partnerId"] = "0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10", ["name"] = "Pat Partner" };
        }
    }

    private static JsonNode? Success(string? operationId) => operationId switch
    {
        "GetProgramScorecard" => JsonSerializer.SerializeToNode(ScorecardExamples.Program(), Json),
        "GetPartnerScorecard" => JsonSerializer.SerializeToNode(ScorecardExamples.Partner(), Json),
        DevTokenEndpoint.OperationId => JsonSerializer.SerializeToNode(
            new DevTokenEndpoint.DevTokenResponse("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.signature", new DateTimeOffset(2026, 3, 31, 20, 0, 0, TimeSpan.Zero)), Json),
        _ => null,
    };

    /// <summary>The field and message of a typical 400 of the operation.</summary>
    private static (string Field, string Message) Invalid(string? operationId) => operationId switch
    {
        "GetProgramScorecard" => ("year", "'year' must be between 2000 and 2100."),
        "GetPartnerScorecard" => ("quarter", "'quarter' must look like 2026-Q1 (years 2000–2100)."),
        _ => ("role", "'role' must be one of: ChannelManager, Partner, Integration."),
    };

    private static JsonObject Problem(int status, (string Field, string Message) invalid)
    {
        var (title, detail) = status switch
        {
            400 => ("One or more validation errors occurred.", invalid.Message),
            401 => ("Unauthorized", "A valid bearer token is required."),
            403 => ("Forbidden", "The caller's role may not use this endpoint."),
            404 => ("Not found", "Partner '0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10' was not found."),
            _ => ("Error", "See the status code."),
        };
        var problem = new JsonObject
        {
            ["type"] = $"https://tools.ietf.org/html/rfc9110#section-15.{(status < 500 ? 5 : 6)}.{(status < 500 ? status - 399 : status - 499)}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736",
        };
        if (status == 400)
            problem["errors"] = new JsonObject { [invalid.Field] = new JsonArray(invalid.Message) };
        return problem;
    }
}
