using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Infrastructure;
using ChannelPlatform.Infrastructure.Inbox;
using Enablement.Application.Projections;
using Enablement.Domain.Roster;
using Mediator;

namespace Enablement.Infrastructure.Messaging;

/// <summary>partner.* → the rep roster (who may train and certify) and the partner's tier (which assets it sees).</summary>
public sealed class PartnerActivatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerActivated>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerActivated m, CancellationToken ct) =>
        await sender.Send(new RosterPartnerActivated(m.PartnerId, m.Name, Enum.Parse<PartnerTier>(m.Tier, true), m.OccurredAt), ct);
}

public sealed class PartnerSuspendedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerSuspended>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerSuspended m, CancellationToken ct) => await sender.Send(new RosterPartnerSuspended(m.PartnerId, m.OccurredAt), ct);
}

public sealed class PartnerReactivatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerReactivated>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerReactivated m, CancellationToken ct) => await sender.Send(new RosterPartnerReactivated(m.PartnerId, m.OccurredAt), ct);
}

public sealed class PartnerTerminatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerTerminated>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerTerminated m, CancellationToken ct) => await sender.Send(new RosterPartnerTerminated(m.PartnerId, m.OccurredAt), ct);
}

public sealed class PartnerTierChangedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerTierChanged>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerTierChanged m, CancellationToken ct) =>
        await sender.Send(new RosterPartnerTierChanged(m.PartnerId, Enum.Parse<PartnerTier>(m.ToTier, true), m.OccurredAt), ct);
}

public sealed class PartnerContactAddedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerContactAdded>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerContactAdded m, CancellationToken ct) =>
        await sender.Send(new RosterContactAdded(m.PartnerId, m.ContactId, m.FirstName, m.LastName, m.Role), ct);
}

public sealed class PartnerContactDeactivatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerContactDeactivated>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerContactDeactivated m, CancellationToken ct) => await sender.Send(new RosterContactDeactivated(m.PartnerId, m.ContactId), ct);
}
