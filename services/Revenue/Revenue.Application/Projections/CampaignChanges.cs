using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Domain.Campaigns;

namespace Revenue.Application.Projections;

public sealed record CampaignCreatedChange(Guid CampaignId, IReadOnlyList<Guid> PartnerIds, DateTimeOffset At) : ICommand<Unit>, ITransactional;

/// <summary>Campaign membership for the MDF rule; a campaign is recorded once (campaigns do not change membership).</summary>
public sealed class CampaignChangeHandler(IRevenueDbContext db) : ICommandHandler<CampaignCreatedChange, Unit>
{
    public async ValueTask<Unit> Handle(CampaignCreatedChange c, CancellationToken ct)
    {
        if (!await db.Campaigns.AnyAsync(x => x.CampaignId == c.CampaignId, ct))
            db.Campaigns.Add(CampaignMembership.Created(c.CampaignId, c.PartnerIds, c.At));
        return Unit.Value;
    }
}
