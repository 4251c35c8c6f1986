using ChannelPlatform.Hosting.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// Optimistic concurrency as a client sees it: <c>If-Match</c> on every operation that can answer 412 (only a
/// stale If-Match does), and <c>ETag</c> on each answer built by <see cref="ApiResults.OkVersioned"/> or
/// <see cref="ApiResults.CreatedVersioned"/> (their result types put <see cref="ETagResponseMetadata"/> on the endpoint).
/// </summary>
internal sealed class PreconditionHeaders : IOperationFilter
{
    public const string IfMatch = "If-Match";
    public const string ETag = "ETag";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (operation.Responses?.ContainsKey("412") == true && !(operation.Parameters ?? []).Any(p => p.Name == IfMatch))
            (operation.Parameters ??= []).Add(IfMatchParameter());

        var tagged = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ETagResponseMetadata>();
        foreach (var status in tagged.Select(m => m.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            if (operation.Responses?.TryGetValue(status, out var found) == true && found is OpenApiResponse response)
                (response.Headers ??= new Dictionary<string, IOpenApiHeader>())[ETag] = ETagHeader();
        }
    }

    private static OpenApiParameter IfMatchParameter() => new()
    {
        Name = IfMatch,
        In = ParameterLocation.Header,
        Required = false,
        Description = "The ETag of the version this change is based on (\"v3\"). Another version is 412 and nothing changes; "
            + "without the header, or with *, the change applies to whatever version is current.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        Example = System.Text.Json.Nodes.JsonValue.Create("\"v3\""),
    };

    private static OpenApiHeader ETagHeader() => new()
    {
        Description = "The resource's version (its `version` field, quoted); send it back as If-Match to change this version only.",
        Required = true,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        Example = System.Text.Json.Nodes.JsonValue.Create("\"v3\""),
    };
}
