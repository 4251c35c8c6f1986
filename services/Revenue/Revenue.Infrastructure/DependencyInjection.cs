using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Infrastructure.Messaging;
using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Revenue.Application.Abstractions;
using Revenue.Application.Bookings;
using Revenue.Application.Rates;
using Revenue.Infrastructure.Jobs;
using Revenue.Infrastructure.Messaging;
using Revenue.Infrastructure.Persistence;

namespace Revenue.Infrastructure;

public static class DependencyInjection
{
    public const string ServiceName = "revenue";

    /// <summary>Order matters: migrations, then topology and the bus, then the outbox relay and the MDF claim-window job.</summary>
    public static IServiceCollection AddRevenueInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServicePersistence<RevenueDbContext>(configuration, RevenueDbContext.SchemaName);
        services.AddScoped<IRevenueDbContext>(sp => sp.GetRequiredService<RevenueDbContext>());
        services.AddScoped<WinBooking>();
        services.AddScoped<ExchangeRateBook>();
        services.AddSingleton<IIntegrationEventMapper, RevenueIntegrationEvents>();
        services.AddPlatformMessaging(
            configuration,
            ServiceName,
            typeof(PartnerActivatedConsumer),
            typeof(PartnerTierChangedConsumer),
            typeof(TierProgramUpdatedConsumer),
            typeof(PartnerSuspendedConsumer),
            typeof(PartnerReactivatedConsumer),
            typeof(PartnerTerminatedConsumer),
            typeof(PartnerAgreementSignedConsumer),
            typeof(DealApprovedConsumer),
            typeof(DealWonConsumer),
            typeof(DealLostConsumer),
            typeof(DealExpiredConsumer),
            typeof(CampaignCreatedConsumer));
        services.AddOutboxRelay();
        services.AddOptions<MdfClaimWindowOptions>().Bind(configuration.GetSection("MdfClaimWindows"));
        services.AddHostedService<MdfClaimWindowWorker>();
        return services;
    }

    /// <summary>The <c>migrate</c> command: this service's schema migrations, once, under the migrators' lock; then exit.</summary>
    public static Task MigrateAsync(IConfiguration configuration) =>
        SchemaMigrations.RunAsync<RevenueDbContext>(configuration, RevenueDbContext.SchemaName);
}
