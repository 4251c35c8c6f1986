using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Leads;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Leads;

public sealed record LeadResponse(
    Guid Id,
    Guid CampaignId,
    string CompanyName,
    string? Domain,
    string ContactName,
    string Email,
    string Country,
    LeadStatus Status,
    Guid? PartnerId,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? AcceptBy,
    DateTimeOffset? AcceptedAt,
    string? DeclineReason,
    Guid? ConvertedDealId,
    string Version) : IVersioned;

public static class LeadMapping
{
    public static LeadResponse ToResponse(this Lead l) => new(
        l.Id, l.CampaignId, l.CompanyName, l.Domain, l.ContactName, l.Email, l.Country, l.Status, l.PartnerId,
        l.AssignedAt, l.AssignedAt + Lead.AcceptWithin, l.AcceptedAt, l.DeclineReason, l.ConvertedDealId, VersionTag.Format(l.Version));

    /// <summary>A lead the caller may act on: a partner user only the leads currently assigned to its partner (else 404).</summary>
    public static async Task<Lead> GetLeadAsync(this IDealsDbContext db, ICurrentUser user, Guid leadId, CancellationToken ct)
    {
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.Id == leadId, ct) ?? throw new NotFoundException("Lead", leadId);
        if (user.IsPartner && lead.PartnerId != user.PartnerId)
            throw new NotFoundException("Lead", leadId);
        return lead;
    }
}
