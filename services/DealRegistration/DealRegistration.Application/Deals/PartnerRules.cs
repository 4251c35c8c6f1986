using ChannelPlatform.SharedKernel;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Partners;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Deals;

/// <summary>Rules DealRegistration decides alone, from its projection of partner events.</summary>
internal static class PartnerRules
{
    public static async Task<PartnerSnapshot> ActivePartnerAsync(this IDealsDbContext db, Guid partnerId, CancellationToken ct)
    {
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.PartnerId == partnerId, ct);
        Check(new PartnerMustBeActive(partnerId, partner?.Status));
        return partner!;
    }

    public static async Task EnsureActiveContactAsync(this IDealsDbContext db, Guid partnerId, Guid contactId, CancellationToken ct)
    {
        var active = await db.PartnerContacts.AnyAsync(c => c.ContactId == contactId && c.PartnerId == partnerId && c.Active, ct);
        Check(new SubmitterMustBeAnActiveContactOfThePartner(active));
    }

    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
            throw new BusinessRuleViolationException(rule);
    }

    private sealed record PartnerMustBeActive(Guid PartnerId, PartnerStatus? Status) : IBusinessRule
    {
        public bool IsBroken() => Status != PartnerStatus.Active;

        public string Message => Status is null or PartnerStatus.Unknown
            ? $"Partner '{PartnerId}' is not known as an active partner."
            : $"Partner '{PartnerId}' is {Status}; only an Active partner can register deals.";
    }

    private sealed record SubmitterMustBeAnActiveContactOfThePartner(bool IsActiveContact) : IBusinessRule
    {
        public bool IsBroken() => !IsActiveContact;

        public string Message => "submittedByContactId must be an active contact of the partner.";
    }
}
