using ChannelPlatform.Application;
using DealRegistration.Domain.Campaigns;

namespace DealRegistration.Application.Campaigns;

public sealed record CampaignResponse(
    Guid Id,
    string Name,
    CampaignType Type,
    IReadOnlyList<Guid> PartnerIds,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int LeadCount,
    int ConvertedDeals,
    decimal Pipeline,
    decimal WonRevenue,
    string Version) : IVersioned;
