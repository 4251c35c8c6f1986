using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Infrastructure.Messaging;
using ChannelPlatform.Infrastructure.Persistence;
using DealRegistration.Application.Abstractions;
using DealRegistration.Infrastructure.Jobs;
using DealRegistration.Infrastructure.Messaging;
using DealRegistration.Infrastructure.Persistence;
using DealRegistration.Infrastructure.Queries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DealRegistration.Infrastructure;

public static class DependencyInjection
{
    public const string ServiceName = "dealreg";

    /// <summary>Order matters: migrations, then topology and the bus, then the outbox relay and the sweep.</summary>
    public static IServiceCollection AddDealRegistrationInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServicePersistence<DealsDbContext>(configuration, DealsDbContext.SchemaName, searchPath: DealsDbContext.SchemaName);
        services.AddScoped<IDealsDbContext>(sp => sp.GetRequiredService<DealsDbContext>());
        services.AddScoped<IConflictFinder, ConflictFinder>();
        services.AddScoped<IDealStatistics, DealStatistics>();
        services.AddScoped<IMatchStatistics, MatchStatistics>();
        services.AddScoped<ISweepClaims, SweepClaims>();
        services.AddSingleton<IIntegrationEventMapper, DealIntegrationEvents>();
        services.AddOptions<SweepOptions>().Bind(configuration.GetSection("Sweep"));
        services.AddOptions<MatchKeysBackfillOptions>().Bind(configuration.GetSection("MatchKeysBackfill"));
        services.AddPlatformMessaging(
            configuration,
            ServiceName,
            typeof(PartnerActivatedConsumer),
            typeof(PartnerSuspendedConsumer),
            typeof(PartnerReactivatedConsumer),
            typeof(PartnerTerminatedConsumer),
            typeof(PartnerTierChangedConsumer),
            typeof(TierProgramUpdatedConsumer),
            typeof(PartnerContactAddedConsumer),
            typeof(PartnerContactDeactivatedConsumer));
        services.AddOutboxRelay();
        services.AddHostedService<SweepWorker>();
        services.AddHostedService<MatchKeysBackfill>();
        return services;
    }

    /// <summary>The <c>migrate</c> command: this service's schema migrations, once, under the migrators' lock; then exit.</summary>
    public static Task MigrateAsync(IConfiguration configuration) =>
        SchemaMigrations.RunAsync<DealsDbContext>(configuration, DealsDbContext.SchemaName, searchPath: DealsDbContext.SchemaName);
}
