using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// An example on every request body and every documented answer: a ProblemDetails per error status,
/// and for the rest one built from the schema. A document filter, so every component schema is known
/// and each is built once per document; examples already given are kept.
/// </summary>
internal sealed class ExamplePayloads : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        var schemas = new SchemaExamples(swaggerDoc.Components?.Schemas);
        foreach (var (path, item) in swaggerDoc.Paths)
        {
            foreach (var (_, operation) in item.Operations ?? [])
                Apply(operation, path, schemas);
        }
    }

    private static void Apply(OpenApiOperation operation, string path, SchemaExamples schemas)
    {
        foreach (var media in MediaTypes(operation.RequestBody?.Content))
            media.Example ??= schemas.For(media.Schema);

        var field = InvalidField(operation);
        var resource = ResourceOf(path);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            var code = int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 200;
            foreach (var media in MediaTypes(response.Content))
                media.Example ??= code >= 400 ? ProblemExamples.For(code, field, resource) : schemas.For(media.Schema);
        }
    }

    private static IEnumerable<OpenApiMediaType> MediaTypes(IDictionary<string, IOpenApiMediaType>? content) =>
        (content?.Values.OfType<OpenApiMediaType>() ?? []).Where(m => m.Examples is not { Count: > 0 });

    /// <summary>The body's first property, else the first parameter: what a typical 400 of the operation names.</summary>
    private static string InvalidField(OpenApiOperation operation)
    {
        var body = operation.RequestBody?.Content?.Values.Select(m => m.Example).FirstOrDefault();
        if (body is JsonObject { Count: > 0 } fields)
            return fields.First().Key;
        return operation.Parameters?.FirstOrDefault(p => p.Name is not null)?.Name ?? "request";
    }

    /// <summary>"/api/v1/partners/{id}/deal-registrations/{dealId}" → "Deal registration".</summary>
    private static string ResourceOf(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var last = Array.FindLastIndex(segments, s => s.StartsWith('{'));
        if (last < 1 || segments[last - 1].StartsWith('{'))
            return "Resource";
        var name = segments[last - 1].Replace('-', ' ');
        name = name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y" : name.TrimEnd('s');
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
