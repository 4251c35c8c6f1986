using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Campaigns.GetCampaign;

public sealed record GetCampaignQuery(Guid CampaignId) : IQuery<CampaignResponse>;

/// <summary>The campaign with its roll-up: leads, deals attributed to it, open pipeline and won revenue (SQL sums).</summary>
public sealed class GetCampaignHandler(IDealsDbContext db, IDealStatistics statistics) : IQueryHandler<GetCampaignQuery, CampaignResponse>
{
    public async ValueTask<CampaignResponse> Handle(GetCampaignQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CampaignId, cancellationToken)
            ?? throw new NotFoundException("Campaign", query.CampaignId);
        var r = await statistics.CampaignAsync(campaign.Id, cancellationToken);
        return new CampaignResponse(campaign.Id, campaign.Name, campaign.Type, campaign.PartnerIds, campaign.StartsOn, campaign.EndsOn, r.LeadCount, r.ConvertedDeals, r.Pipeline, r.WonRevenue, VersionTag.Format(campaign.Version));
    }
}
