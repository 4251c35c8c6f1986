using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.SharedKernel;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Deals;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Deals.RegisterDeal;

/// <summary>The checks of a registration, shared by direct registration and lead conversion.</summary>
internal sealed class DealRegistrar(IDealsDbContext db, IConflictFinder conflicts, TimeProvider clock)
{
    public async Task<Deal> RegisterAsync(
        Guid partnerId,
        Guid? contactId,
        string companyName,
        string? domain,
        string? contactEmail,
        string country,
        IReadOnlyList<string> products,
        decimal estimatedValue,
        string currency,
        DateOnly expectedCloseDate,
        Guid? campaignId,
        Guid? leadId,
        string? description,
        string by,
        CancellationToken ct)
    {
        await db.ActivePartnerAsync(partnerId, ct);
        if (contactId is { } contact)
            await db.EnsureActiveContactAsync(partnerId, contact, ct);
        if (campaignId is { } campaign)
            await EnsureCampaignOfThePartnerAsync(campaign, partnerId, ct);
        if (leadId is { } lead && !await db.Leads.AnyAsync(x => x.Id == lead && x.PartnerId == partnerId && x.CampaignId == campaignId, ct))
            throw new BusinessRuleViolationException(new UnknownReference("leadId", lead));
        var now = clock.GetUtcNow();
        var customer = Customer.Of(companyName, domain, country, contactEmail, products);
        var found = await conflicts.FindAsync(partnerId, customer, products, now, ct);
        var deal = Deal.Register(
            new DealRegistrationData(partnerId, contactId, customer, products, estimatedValue, currency, expectedCloseDate, campaignId, leadId, description),
            found,
            by,
            now);
        db.Deals.Add(deal);
        return deal;
    }

    /// <summary>
    /// A deal may name only a campaign its partner belongs to. Another partner's campaign answers exactly as an
    /// unknown one (same status, same message), so a partner cannot learn which campaigns exist.
    /// </summary>
    private async Task EnsureCampaignOfThePartnerAsync(Guid campaignId, Guid partnerId, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(x => x.Id == campaignId, ct);
        if (campaign is null || !campaign.Includes(partnerId))
            throw new BusinessRuleViolationException(new CampaignMustIncludeThePartner(campaignId));
    }

    private sealed record CampaignMustIncludeThePartner(Guid CampaignId) : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => $"campaignId '{CampaignId}' is not a campaign this partner belongs to.";
    }

    private sealed record UnknownReference(string Field, Guid Id) : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => $"{Field} '{Id}' does not exist here (a lead must be this partner's, in the deal's campaign).";
    }
}
