using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace ChannelPlatform.Hosting.OpenApi;

public static class OpenApiDefaults
{
    /// <summary>One OpenAPI document per service, with the bearer scheme and ProblemDetails errors.</summary>
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
            options.CustomSchemaIds(t => t.FullName!.Replace('+', '.'));
            options.SupportNonNullableReferenceTypes();
        });
        return services;
    }
}
