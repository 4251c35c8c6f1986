using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DealRegistration.Application.Campaigns.GetCampaign;

public sealed record GetCampaignQuery(Guid CampaignId) : IQuery<CampaignResponse>;

/// <summary>
/// The campaign with its roll-up: leads, deals attributed to it, open pipeline and won revenue (SQL sums) per deal currency;
/// the top-level figures are those in the reporting currency (DealRegistration has no exchange rates; Revenue converts).
/// </summary>
public sealed class GetCampaignHandler(IDealsDbContext db, IDealStatistics statistics, IOptions<PlatformOptions> platform)
    : IQueryHandler<GetCampaignQuery, CampaignResponse>
{
    public async ValueTask<CampaignResponse> Handle(GetCampaignQuery query, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CampaignId, cancellationToken)
            ?? throw new NotFoundException("Campaign", query.CampaignId);
        var r = await statistics.CampaignAsync(campaign.Id, cancellationToken);
        var reporting = platform.Value.Reporting.Code;
        var own = r.ByCurrency.FirstOrDefault(c => c.Currency == reporting);
        return new CampaignResponse(
            campaign.Id, campaign.Name, campaign.Type, campaign.PartnerIds, campaign.StartsOn, campaign.EndsOn, r.LeadCount, r.ConvertedDeals,
            own?.Pipeline ?? 0m, own?.WonRevenue ?? 0m, reporting, r.ByCurrency, VersionTag.Format(campaign.Version));
    }
}
