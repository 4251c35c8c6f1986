using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Infrastructure;
using ChannelPlatform.Infrastructure.Inbox;
using Mediator;
using Revenue.Application.Projections;
using Revenue.Domain.Partners;

namespace Revenue.Infrastructure.Messaging;

/// <summary>partner.* → the partner projection (type, region, status, tier money terms and their program edits) and the agreements.</summary>
public sealed class PartnerActivatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerActivated>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerActivated m, CancellationToken ct) =>
        await sender.Send(
            new PartnerActivatedChange(
                m.PartnerId, m.Name, Enum.Parse<PartnerType>(m.Type, true), Enum.Parse<Region>(m.Region, true), Enum.Parse<PartnerTier>(m.Tier, true), m.MarginBonusPercent, m.MdfPercent,
                m.OccurredAt),
            ct);
}

public sealed class PartnerTierChangedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerTierChanged>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerTierChanged m, CancellationToken ct) =>
        await sender.Send(new PartnerTierChange(m.PartnerId, Enum.Parse<PartnerTier>(m.ToTier, true), m.MarginBonusPercent, m.MdfPercent, m.OccurredAt), ct);
}

public sealed class TierProgramUpdatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<TierProgramUpdated>(inbox, correlation)
{
    protected override async Task ApplyAsync(TierProgramUpdated m, CancellationToken ct) =>
        await sender.Send(new TierProgramChange(Enum.Parse<PartnerTier>(m.Tier, true), m.MarginBonusPercent, m.MdfPercent, m.Version, m.OccurredAt), ct);
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

public sealed class PartnerAgreementSignedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<PartnerAgreementSigned>(inbox, correlation)
{
    protected override async Task ApplyAsync(PartnerAgreementSigned m, CancellationToken ct) =>
        await sender.Send(
            new AgreementSignedChange(
                m.PartnerId, m.AgreementId, Enum.Parse<PartnerType>(m.PartnerType, true), m.MarginPercent, m.CommissionPercent, m.ReferralFeePercent, m.RevenueSharePercent,
                m.EffectiveFrom, m.ExpiresOn, m.OccurredAt, m.PayoutCurrency),
            ct);
}
