using System.Reflection;
using ChannelPlatform.Contracts.DealRegistration;
using ChannelPlatform.Contracts.Enablement;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Contracts.Revenue;

namespace ChannelPlatform.Contracts;

/// <summary>
/// Every integration event of the platform, its exchange, and who consumes it (EVENTS.md).
/// Used to declare topology (exchanges, queues, bindings) at start-up and deploy time.
/// </summary>
public static class IntegrationEventCatalog
{
    private const string PartnerService = "partner";
    private const string DealRegService = "dealreg";
    private const string EnablementService = "enablement";
    private const string RevenueService = "revenue";
    private const string WebhooksService = "webhooks";

    /// <summary>Every event type of this assembly, ordered by exchange name.</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(IIntegrationEvent).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .OrderBy(ExchangeOf, StringComparer.Ordinal)
        .ToArray();

    // Built from All, so a duplicate exchange fails loudly on first use instead of routing silently.
    private static readonly Dictionary<string, Type> ByExchange =
        All.ToDictionary(ExchangeOf, StringComparer.Ordinal);

    /// <summary>
    /// The events the Webhooks service turns into partner deliveries (CONTRACT.md "Webhooks service"), each
    /// about one partner. Declared before <see cref="Consumers"/>, which reads it: static initializers run in order.
    /// </summary>
    public static IReadOnlyList<Type> WebhookSources { get; } =
    [
        typeof(DealRegistered), typeof(DealApproved), typeof(DealRejected), typeof(DealWon), typeof(DealLost), typeof(DealExpired),
        typeof(DealSlaAtRisk), typeof(DealSlaBreached), typeof(LeadAssigned), typeof(LeadExpired), typeof(CoSellAssigned), typeof(CoSellCompleted),
        typeof(CertificationEarned), typeof(CertificationExpired), typeof(PartnerTierChanged), typeof(PayoutApproved), typeof(PayoutPaid),
        typeof(MdfRequestApproved), typeof(MdfRequestRejected), typeof(MdfClaimApproved),
    ];

    /// <summary>Who consumes what, as in the "consumed by" column of EVENTS.md.</summary>
    public static IReadOnlyList<ConsumerBinding> Consumers { get; } =
    [
        .. For(typeof(PartnerActivated), DealRegService, EnablementService, RevenueService),
        .. For(typeof(PartnerSuspended), DealRegService, EnablementService, RevenueService),
        .. For(typeof(PartnerReactivated), DealRegService, EnablementService, RevenueService),
        .. For(typeof(PartnerTerminated), DealRegService, EnablementService, RevenueService),
        .. For(typeof(PartnerTierChanged), DealRegService, EnablementService, RevenueService),
        .. For(typeof(TierProgramUpdated), DealRegService, RevenueService),
        .. For(typeof(PartnerAgreementSigned), RevenueService),
        .. For(typeof(PartnerContactAdded), DealRegService, EnablementService),
        .. For(typeof(PartnerContactDeactivated), DealRegService, EnablementService),
        .. For(typeof(DealApproved), RevenueService),
        .. For(typeof(DealWon), RevenueService),
        .. For(typeof(DealLost), RevenueService),
        .. For(typeof(DealExpired), RevenueService),
        .. For(typeof(CampaignCreated), RevenueService),
        .. For(typeof(CertificationEarned), PartnerService),
        .. For(typeof(CertificationExpired), PartnerService),
        .. For(typeof(RevenueBooked), PartnerService),
        .. For(typeof(BookingAdjusted), PartnerService),
        .. WebhookSources.SelectMany(t => For(t, WebhooksService)),
    ];

    /// <summary>The exchange name of an event type, from its <see cref="ExchangeAttribute"/>.</summary>
    /// <exception cref="InvalidOperationException">The type has no <see cref="ExchangeAttribute"/>.</exception>
    public static string ExchangeOf(Type t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return t.GetCustomAttribute<ExchangeAttribute>()?.Name
            ?? throw new InvalidOperationException(
                $"Type '{t.FullName}' has no [{nameof(ExchangeAttribute)}]: every integration event needs an explicit exchange name.");
    }

    /// <summary>The event type published to <paramref name="exchange"/>, or null if none is.</summary>
    public static Type? FindByExchange(string exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return ByExchange.GetValueOrDefault(exchange);
    }

    private static IEnumerable<ConsumerBinding> For(Type eventType, params string[] services) =>
        services.Select(service => new ConsumerBinding(service, ExchangeOf(eventType)));
}
