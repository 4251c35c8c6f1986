using ChannelPlatform.Hosting.OpenApi;
using Microsoft.OpenApi;

namespace ChannelPlatform.Gateway.ApiDocs;

/// <summary>
/// One API surface: <c>/swagger</c> is one Swagger UI over the gateway's own document (scorecards,
/// dev tokens) and every service's document, each proxied by the gateway at
/// <c>/swagger/{service}/swagger.json</c> (see <see cref="Routing"/>), so "Try it out" goes through the gateway.
/// </summary>
internal static class ApiDocsRegistration
{
    public const string GatewayDocument = "gateway";

    public static IServiceCollection AddGatewayOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(GatewayDocument, new OpenApiInfo
            {
                Title = "Channel Platform — Gateway",
                Version = "v1",
                Description = "What the gateway answers itself: the composed scorecards and, in Development, dev tokens. "
                    + "Every other route is proxied to its service; pick the service's document above.",
            });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A JWT with role ChannelManager, Partner (with partner_id) or Integration.",
            });
            options.OperationFilter<BearerUnlessAnonymous>();
            options.OperationFilter<ExamplePayloads>();
            options.CustomSchemaIds(t => t.Name);
            options.AddPlatformConventions();
        });
        return services;
    }

    /// <summary>Before authentication: the UI, the documents and the AsyncAPI document are public.</summary>
    public static void UseApiDocs(this WebApplication app, IEnumerable<string> services)
    {
        app.UseSwaggerUI(ui =>
        {
            ui.RoutePrefix = "swagger";
            ui.DocumentTitle = "Channel Platform API";
            ui.SwaggerEndpoint($"/swagger/{GatewayDocument}/swagger.json", "Gateway — scorecards, dev tokens");
            foreach (var service in services)
                ui.SwaggerEndpoint(Routing.OpenApiPath(service), $"{service} service");
            ui.EnablePersistAuthorization();
            ui.DisplayRequestDuration();
        });
    }

    public static void MapGatewayOpenApi(this IEndpointRouteBuilder app) =>
        app.MapSwagger("/swagger/{documentName}/swagger.json").AllowAnonymous();
}
