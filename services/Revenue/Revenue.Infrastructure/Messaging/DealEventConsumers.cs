using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts.DealRegistration;
using ChannelPlatform.Infrastructure;
using ChannelPlatform.Infrastructure.Inbox;
using Mediator;
using Revenue.Application.Projections;

namespace Revenue.Infrastructure.Messaging;

/// <summary>dealreg.* → the pipeline; a win also books the partner's revenue (once: inbox + unique deal key).</summary>
public sealed class DealApprovedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<DealApproved>(inbox, correlation)
{
    protected override async Task ApplyAsync(DealApproved m, CancellationToken ct) =>
        await sender.Send(new DealApprovedChange(m.DealId, m.PartnerId, m.EstimatedValue, m.Currency, m.ExpectedCloseDate, m.OccurredAt), ct);
}

public sealed class DealWonConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<DealWon>(inbox, correlation)
{
    protected override async Task ApplyAsync(DealWon m, CancellationToken ct) =>
        await sender.Send(new DealWonChange(m.DealId, m.PartnerId, m.ActualValue, m.Currency, m.ClosedOn, m.CampaignId, m.OccurredAt), ct);
}

public sealed class DealLostConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<DealLost>(inbox, correlation)
{
    protected override async Task ApplyAsync(DealLost m, CancellationToken ct) => await sender.Send(new DealLostChange(m.DealId, m.PartnerId, m.OccurredAt), ct);
}

public sealed class DealExpiredConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<DealExpired>(inbox, correlation)
{
    protected override async Task ApplyAsync(DealExpired m, CancellationToken ct) => await sender.Send(new DealExpiredChange(m.DealId, m.PartnerId, m.OccurredAt), ct);
}
