using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Infrastructure.Messaging;
using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Partners.Application.Abstractions;
using Partners.Application.Escalations;
using Partners.Infrastructure.Messaging;
using Partners.Infrastructure.Persistence;

namespace Partners.Infrastructure;

public static class DependencyInjection
{
    public const string ServiceName = "partner";

    /// <summary>Order matters: migrations, then topology and the bus, then the outbox relay.</summary>
    public static IServiceCollection AddPartnersInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServicePersistence<PartnersDbContext>(configuration, PartnersDbContext.SchemaName);
        services.AddScoped<IPartnersDbContext>(sp => sp.GetRequiredService<PartnersDbContext>());
        services.AddSingleton<IIntegrationEventMapper, PartnerIntegrationEvents>();
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection("Escalations"))
            .Validate(o => o.MaxOpenPerSeverity >= 1, "Escalations:MaxOpenPerSeverity must be at least 1.").ValidateOnStart();
        services.AddPlatformMessaging(
            configuration,
            ServiceName,
            typeof(RevenueBookedConsumer),
            typeof(BookingAdjustedConsumer),
            typeof(CertificationEarnedConsumer),
            typeof(CertificationExpiredConsumer));
        services.AddOutboxRelay();
        return services;
    }

    /// <summary>The <c>migrate</c> command: this service's schema migrations, once, under the migrators' lock; then exit.</summary>
    public static Task MigrateAsync(IConfiguration configuration) =>
        SchemaMigrations.RunAsync<PartnersDbContext>(configuration, PartnersDbContext.SchemaName);
}
