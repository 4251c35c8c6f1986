using System.Text.Json.Serialization;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Errors;
using ChannelPlatform.Hosting.Health;
using ChannelPlatform.Hosting.Http;
using ChannelPlatform.Hosting.Idempotency;
using ChannelPlatform.Hosting.Input;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OpenTelemetry.Metrics;

namespace ChannelPlatform.Hosting;

/// <summary>What every service's Program.cs starts with, so the four read the same.</summary>
public static class ServiceDefaults
{
    public const long MaxRequestBodyBytes = 1_048_576;

    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            InputJsonConverters.AddTo(o.SerializerOptions);
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOptions<ChannelPlatform.Application.PlatformOptions>().Bind(builder.Configuration.GetSection(ChannelPlatform.Application.PlatformOptions.Section));
        // Messages name fields as the JSON does ('salesTeamSize', not 'Sales Team Size').
        FluentValidation.ValidatorOptions.Global.DefaultRuleLevelCascadeMode = FluentValidation.CascadeMode.Stop;
        FluentValidation.ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        services.AddPlatformErrors();
        services.AddPlatformAuth(builder.Configuration, builder.Environment);
        services.AddScoped<IRequestPreconditions, HttpRequestPreconditions>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("postgresql", tags: ["ready"])
            .AddCheck<ChannelPlatform.Infrastructure.Outbox.RelayHealth>("outbox-relay", tags: ["live"]);

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    .AddSource("MassTransit");
                if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                    t.AddOtlpExporter();
            })
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter("MassTransit", ChannelPlatform.Infrastructure.Outbox.OutboxMetrics.MeterName);
                if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
                    m.AddOtlpExporter();
            });
        return builder;
    }

    /// <summary>The group every service maps its API into: the argument rules of <see cref="ArgumentRulesFilter"/> apply to all of it.</summary>
    public static RouteGroupBuilder MapPlatformApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(string.Empty);
        api.AddEndpointFilterFactory(ArgumentRulesFilter.Create);
        return api;
    }

    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestInputMiddleware>();
        app.UseSwagger();
        app.UseSwaggerUI();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<RequestContextMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live"), ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        return app;
    }
}
