using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChannelPlatform.FuzzTests.Api;

/// <summary>
/// Every operation of every OpenAPI document the gateway offers: the documents are the ones its Swagger UI lists,
/// so a new service's document is fuzzed without touching this project.
/// </summary>
public static partial class OperationCatalog
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static async Task<IReadOnlyList<Operation>> ReadAsync(HttpClient gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var ui = await gateway.GetStringAsync(new Uri("/swagger/index.js", UriKind.Relative));
        var documents = DocumentUrl().Matches(ui).Select(m => m.Groups["name"].Value).Distinct().ToList();
        if (documents.Count == 0)
            throw new InvalidOperationException("The gateway's Swagger UI lists no OpenAPI document.");
        var operations = new List<Operation>();
        foreach (var document in documents)
        {
            var json = JsonNode.Parse(await gateway.GetStringAsync(new Uri($"/swagger/{document}/swagger.json", UriKind.Relative)))!.AsObject();
            operations.AddRange(Read(document, json));
        }

        return operations;
    }

    private static IEnumerable<Operation> Read(string document, JsonObject json)
    {
        var schemas = new SchemaReader(json);
        var globallySecured = json["security"] is JsonArray { Count: > 0 };
        foreach (var (path, item) in json["paths"]!.AsObject())
        {
            foreach (var method in Methods)
            {
                if (item![method] is not JsonObject operation)
                    continue;
                var parameters = ((item["parameters"] as JsonArray) ?? []).Concat((operation["parameters"] as JsonArray) ?? [])
                    .Select(p => schemas.Parameter(p!.AsObject())).ToList();
                var body = operation["requestBody"]?["content"]?["application/json"];
                var example = body is null ? null : Example(body);
                var anonymous = operation["security"] is JsonArray security ? security.Count == 0 : !globallySecured;
                var statuses = (operation["responses"] as JsonObject)?.Select(r => r.Key).ToList() ?? [];
                yield return new Operation(document, new HttpMethod(method.ToUpperInvariant()), path, parameters, example, anonymous, statuses);
            }
        }
    }

    private static JsonNode Example(JsonNode body) =>
        (body["example"] ?? body["examples"]?.AsObject().First().Value?["value"])?.DeepClone() ?? new JsonObject();

    [GeneratedRegex("/swagger/(?<name>[a-z0-9-]+)/swagger\\.json")]
    private static partial Regex DocumentUrl();
}
