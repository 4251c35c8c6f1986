using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ChannelPlatform.Hosting.OpenApi;

public static class OpenApiDefaults
{
    /// <summary>One OpenAPI document per service, with the bearer scheme, ProblemDetails errors and an example for every payload.</summary>
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services, string title, string description)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo { Title = title, Version = "v1", Description = description });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with role ChannelManager, Partner (with partner_id) or Integration.",
            });
            options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
            options.AddPlatformConventions();
            options.DocumentFilter<ExamplePayloads>();
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    /// <summary>
    /// What makes a document generate strict clients, for the services' documents and the gateway's: <c>required</c>
    /// and <c>nullable</c> from C#, an operationId on every operation, If-Match and ETag where the endpoint honours
    /// them, <c>security: []</c> on anonymous endpoints, contact, licence and servers.
    /// </summary>
    public static SwaggerGenOptions AddPlatformConventions(this SwaggerGenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SupportNonNullableReferenceTypes();
        options.SchemaFilter<RequiredProperties>();
        options.SchemaFilter<NullableReferences>();
        options.OperationFilter<OperationIds>();
        options.OperationFilter<PreconditionHeaders>();
        options.OperationFilter<AnonymousSecurity>();
        options.DocumentFilter<DocumentInfo>();
        options.DocumentFilter<TagDescriptions>();
        return options;
    }

    /// <summary>
    /// Unique, valid component keys (OpenAPI allows <c>[a-zA-Z0-9.-_]</c> only): the namespace-qualified
    /// name, nested types with dots, generics spelled out (<c>…Pagination.PageOf…Bookings.BookingResponse</c>).
    /// </summary>
    public static string SchemaId(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!type.IsGenericType)
            return (type.FullName ?? type.Name).Replace('+', '.');
        var definition = type.GetGenericTypeDefinition();
        var name = (definition.FullName ?? definition.Name).Replace('+', '.');
        name = name[..name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}Of{string.Join("And", type.GetGenericArguments().Select(SchemaId))}";
    }
}
