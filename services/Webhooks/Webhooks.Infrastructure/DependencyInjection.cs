using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Infrastructure.Messaging;
using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Webhooks.Application;
using Webhooks.Application.Abstractions;
using Webhooks.Application.Safety;
using Webhooks.Infrastructure.Dispatching;
using Webhooks.Infrastructure.Messaging;
using Webhooks.Infrastructure.Persistence;
using Webhooks.Infrastructure.Secrets;

namespace Webhooks.Infrastructure;

public static class DependencyInjection
{
    public const string ServiceName = "webhooks";

    /// <summary>Order matters: migrations, then topology and the bus, then the outbox relay and the delivery dispatcher.</summary>
    public static IServiceCollection AddWebhooksInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServicePersistence<WebhooksDbContext>(configuration, WebhooksDbContext.SchemaName);
        services.AddScoped<IWebhooksDbContext>(sp => sp.GetRequiredService<WebhooksDbContext>());
        services.AddSingleton<IIntegrationEventMapper, WebhooksIntegrationEvents>();
        services.AddWebhooksOptions(configuration);
        services.AddSingleton<OutboundPolicy>();
        services.AddSingleton<ISecretProtector, AesGcmSecretProtector>();
        services.AddSingleton<DispatchSignal>();
        services.AddSingleton<IDispatchSignal>(sp => sp.GetRequiredService<DispatchSignal>());
        services.AddScoped<DeliveryClaims>();
        services.AddScoped<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                ConnectTimeout = TimeSpan.FromSeconds(5),
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = GuardedConnect.Using(sp.GetRequiredService<OutboundPolicy>()),
            });
        services.AddPlatformMessaging(configuration, ServiceName, [.. WebhookSourceConsumers.All]);
        services.AddOutboxRelay();
        services.AddSingleton<DeliveryDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryDispatcher>());
        return services;
    }

    /// <summary>
    /// Section <c>Webhooks</c>. Plain http is for Development only, whatever the configuration says; outside it the
    /// secret key must be set (the service refuses to start otherwise), and a key that is set must be valid.
    /// </summary>
    private static void AddWebhooksOptions(this IServiceCollection services, IConfiguration configuration) =>
        services.AddOptions<WebhooksOptions>()
            .Bind(configuration.GetSection(WebhooksOptions.Section))
            .PostConfigure<IHostEnvironment>((o, env) => o.AllowHttp &= env.IsDevelopment())
            .Validate<IHostEnvironment>(
                (o, env) => AesGcmSecretProtector.IsValidKey(o.SecretKey) || (string.IsNullOrEmpty(o.SecretKey) && env.IsDevelopment()),
                "Webhooks:SecretKey must be the base64 of 32 random bytes (it may be left out in Development only).")
            .ValidateOnStart();

    /// <summary>The <c>migrate</c> command: this service's schema migrations, once, under the migrators' lock; then exit.</summary>
    public static Task MigrateAsync(IConfiguration configuration) =>
        SchemaMigrations.RunAsync<WebhooksDbContext>(configuration, WebhooksDbContext.SchemaName);
}
