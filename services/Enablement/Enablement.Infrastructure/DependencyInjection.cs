using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Infrastructure.Messaging;
using ChannelPlatform.Infrastructure.Persistence;
using Enablement.Application.Abstractions;
using Enablement.Infrastructure.Jobs;
using Enablement.Infrastructure.Messaging;
using Enablement.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enablement.Infrastructure;

public static class DependencyInjection
{
    public const string ServiceName = "enablement";

    /// <summary>Order matters: migrations, then topology and the bus, then the outbox relay and the expiry job.</summary>
    public static IServiceCollection AddEnablementInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServicePersistence<EnablementDbContext>(configuration, EnablementDbContext.SchemaName);
        services.AddScoped<IEnablementDbContext>(sp => sp.GetRequiredService<EnablementDbContext>());
        services.AddSingleton<IIntegrationEventMapper, EnablementIntegrationEvents>();
        services.AddOptions<ExpiryOptions>().Bind(configuration.GetSection("Expiry"));
        services.AddPlatformMessaging(
            configuration,
            ServiceName,
            typeof(PartnerActivatedConsumer),
            typeof(PartnerSuspendedConsumer),
            typeof(PartnerReactivatedConsumer),
            typeof(PartnerTerminatedConsumer),
            typeof(PartnerTierChangedConsumer),
            typeof(PartnerContactAddedConsumer),
            typeof(PartnerContactDeactivatedConsumer));
        services.AddOutboxRelay();
        services.AddHostedService<ExpiryWorker>();
        return services;
    }

    /// <summary>The <c>migrate</c> command: this service's schema migrations, once, under the migrators' lock; then exit.</summary>
    public static Task MigrateAsync(IConfiguration configuration) =>
        SchemaMigrations.RunAsync<EnablementDbContext>(configuration, EnablementDbContext.SchemaName);
}
