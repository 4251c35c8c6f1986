using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// A nullable property whose schema is a component (<c>PartnerTier? Tier</c>) becomes
/// <c>{ type, allOf: [$ref], nullable: true }</c>: OpenAPI 3.0 ignores <c>nullable</c> beside a bare <c>$ref</c>,
/// and without a <c>type</c> beside it. Only these are wrapped; every other reference stays a plain <c>$ref</c>.
/// </summary>
internal sealed class NullableReferences : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (schema is not OpenApiSchema { Properties.Count: > 0 } target || context.Type is null)
            return;
        var members = ClrProperties.Of(context.Type);
        foreach (var (name, property) in target.Properties.ToList())
        {
            if (property is not OpenApiSchemaReference reference || !members.TryGetValue(name, out var member)
                || !ClrProperties.IsNullable(member))
                continue;
            var type = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
            target.Properties[name] = new OpenApiSchema
            {
                Type = (type.IsEnum ? JsonSchemaType.String : JsonSchemaType.Object) | JsonSchemaType.Null,
                AllOf = [reference],
            };
        }
    }
}
