using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts.DealRegistration;
using ChannelPlatform.Infrastructure;
using ChannelPlatform.Infrastructure.Inbox;
using Mediator;
using Revenue.Application.Projections;

namespace Revenue.Infrastructure.Messaging;

/// <summary>dealreg.campaign-created → who is in which campaign (an MDF request names only its partner's campaign).</summary>
public sealed class CampaignCreatedConsumer(IInbox inbox, ICorrelationContext correlation, ISender sender) : InboxConsumer<CampaignCreated>(inbox, correlation)
{
    protected override async Task ApplyAsync(CampaignCreated m, CancellationToken ct) =>
        await sender.Send(new CampaignCreatedChange(m.CampaignId, m.PartnerIds ?? [], m.OccurredAt), ct);
}
