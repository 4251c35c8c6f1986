using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts;
using ChannelPlatform.Contracts.DealRegistration;
using ChannelPlatform.Contracts.Enablement;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Contracts.Revenue;
using ChannelPlatform.Infrastructure;
using ChannelPlatform.Infrastructure.Inbox;
using Mediator;
using Webhooks.Application.Events;
using Webhooks.Application.Events.FanOut;

namespace Webhooks.Infrastructure.Messaging;

/// <summary>
/// Every deliverable event arrives on a queue of its own (<c>webhooks.&lt;event&gt;</c>) and is fanned out to the
/// partner's endpoints inside the inbox transaction. One named consumer per event, so each has its own inbox key.
/// </summary>
public abstract class WebhookSourceConsumer<TEvent>(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<TEvent>(inbox, correlation)
    where TEvent : class, IIntegrationEvent
{
    protected override async Task ApplyAsync(TEvent message, CancellationToken cancellationToken) =>
        await sender.Send(new FanOutEventCommand(WebhookEventMap.From(message)), cancellationToken);
}

public sealed class DealRegisteredConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<DealRegistered>(i, c, s);

public sealed class DealApprovedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<DealApproved>(i, c, s);

public sealed class DealRejectedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<DealRejected>(i, c, s);

public sealed class DealWonConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<DealWon>(i, c, s);

public sealed class DealLostConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<DealLost>(i, c, s);

public sealed class DealExpiredConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<DealExpired>(i, c, s);

public sealed class DealSlaAtRiskConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<DealSlaAtRisk>(i, c, s);

public sealed class DealSlaBreachedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<DealSlaBreached>(i, c, s);

public sealed class LeadAssignedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<LeadAssigned>(i, c, s);

public sealed class LeadExpiredConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<LeadExpired>(i, c, s);

public sealed class CoSellAssignedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<CoSellAssigned>(i, c, s);

public sealed class CoSellCompletedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<CoSellCompleted>(i, c, s);

public sealed class CertificationEarnedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<CertificationEarned>(i, c, s);

public sealed class CertificationExpiredConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<CertificationExpired>(i, c, s);

public sealed class PartnerTierChangedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<PartnerTierChanged>(i, c, s);

public sealed class PayoutApprovedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<PayoutApproved>(i, c, s);

public sealed class PayoutPaidConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<PayoutPaid>(i, c, s);

public sealed class MdfRequestApprovedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<MdfRequestApproved>(i, c, s);

public sealed class MdfRequestRejectedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<MdfRequestRejected>(i, c, s);

public sealed class MdfClaimApprovedConsumer(IInbox i, ICorrelationContext c, ISender s) : WebhookSourceConsumer<MdfClaimApproved>(i, c, s);

/// <summary>The consumers above, found once: one per <see cref="IntegrationEventCatalog.WebhookSources"/> entry (a unit test holds them equal).</summary>
public static class WebhookSourceConsumers
{
    public static IReadOnlyList<Type> All { get; } = typeof(WebhookSourceConsumer<>).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, BaseType.IsGenericType: true }
            && t.BaseType.GetGenericTypeDefinition() == typeof(WebhookSourceConsumer<>))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();
}
