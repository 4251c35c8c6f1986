using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// <c>required</c> from the C# contract, so generated clients are strict. An answer always carries every
/// property (the JSON options omit none; null is written as null), so in an answer's schema every property
/// is required, and those C# declares nullable are also nullable. In a request body the properties C# declares
/// non-nullable are required, and so are those its validator requires (request records keep their fields
/// nullable so that a missing one is a 400 naming it, not a binding failure).
/// </summary>
internal sealed class RequiredProperties(IApiDescriptionGroupCollectionProvider apis, IServiceProvider services) : ISchemaFilter
{
    private readonly RequestBodyTypes requestTypes = new(apis);
    private ValidatedMembers? validated;

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (schema is not OpenApiSchema { Properties.Count: > 0 } target || context.Type is null)
            return;
        var isRequest = requestTypes.Contains(context.Type);
        var members = ClrProperties.Of(context.Type);
        foreach (var name in target.Properties.Keys)
        {
            if (!members.TryGetValue(name, out var member))
                continue;
            var required = isRequest
                ? !ClrProperties.IsNullable(member) || (validated ??= new ValidatedMembers(services, requestTypes.All)).Requires(context.Type, member.Name)
                : IsAlwaysWritten(member);
            if (required)
                (target.Required ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        }
    }

    /// <summary>Not left out when null or default (ProblemDetails leaves out its null members).</summary>
    private static bool IsAlwaysWritten(PropertyInfo member) =>
        member.GetCustomAttribute<JsonIgnoreAttribute>() is not { } ignore || ignore.Condition == JsonIgnoreCondition.Never;
}
