using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Infrastructure;
using ChannelPlatform.Infrastructure.Inbox;
using DealRegistration.Application.Projections;
using Mediator;

namespace DealRegistration.Infrastructure.Messaging;

/// <summary>partner.* → the partner projection DealRegistration decides with (status, tier protection days and their program edits, contacts).</summary>
public sealed class PartnerActivatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerActivated>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerActivated m, CancellationToken ct) =>
        await sender.Send(new PartnerActivatedChange(m.PartnerId, m.Name, m.Region, m.Tier, m.ProtectionDays > 0 ? m.ProtectionDays : 60, m.OccurredAt), ct);
}

public sealed class PartnerSuspendedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerSuspended>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerSuspended m, CancellationToken ct) => await sender.Send(new PartnerSuspendedChange(m.PartnerId, m.OccurredAt), ct);
}

public sealed class PartnerReactivatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerReactivated>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerReactivated m, CancellationToken ct) => await sender.Send(new PartnerReactivatedChange(m.PartnerId, m.OccurredAt), ct);
}

public sealed class PartnerTerminatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerTerminated>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerTerminated m, CancellationToken ct) => await sender.Send(new PartnerTerminatedChange(m.PartnerId, m.OccurredAt), ct);
}

public sealed class PartnerTierChangedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerTierChanged>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerTierChanged m, CancellationToken ct) => await sender.Send(new PartnerTierChange(m.PartnerId, m.ToTier, m.ProtectionDays, m.OccurredAt), ct);
}

public sealed class TierProgramUpdatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<TierProgramUpdated>(inbox, correlation)
{
    protected override async Task ApplyAsync(TierProgramUpdated m, CancellationToken ct) =>
        await sender.Send(new TierProgramChange(m.Tier, m.ProtectionDays, m.Version, m.OccurredAt), ct);
}

public sealed class PartnerContactAddedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerContactAdded>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerContactAdded m, CancellationToken ct) => await sender.Send(new ContactAddedChange(m.PartnerId, m.ContactId, m.Email, m.Role), ct);
}

public sealed class PartnerContactDeactivatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerContactDeactivated>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerContactDeactivated m, CancellationToken ct) => await sender.Send(new ContactDeactivatedChange(m.PartnerId, m.ContactId), ct);
}
