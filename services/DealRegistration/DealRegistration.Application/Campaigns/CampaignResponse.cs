using ChannelPlatform.Application;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Campaigns;

namespace DealRegistration.Application.Campaigns;

/// <param name="Pipeline">Open (Submitted or Approved) deals in <paramref name="Currency"/>, the reporting currency.</param>
/// <param name="WonRevenue">Won deals in <paramref name="Currency"/>.</param>
/// <param name="ByCurrency">Pipeline and won revenue per deal currency (every currency the campaign's deals are in; ADR 0013).</param>
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
    string Currency,
    IReadOnlyList<CurrencyRollup> ByCurrency,
    string Version) : IVersioned;
