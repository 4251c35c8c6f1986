using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using Enablement.Application.Abstractions;
using Enablement.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Training;

/// <summary>A contact as the training rules see it: whose rep, and whether rep and partner are active.</summary>
public sealed record RepStanding(Guid ContactId, Guid PartnerId, bool IsActiveRep, bool PartnerIsActive);

internal static class Reps
{
    /// <summary>404 for an unknown contact or, for a partner user, another partner's contact.</summary>
    public static async Task<RepStanding> StandingAsync(this IEnablementDbContext db, ICurrentUser user, Guid contactId, CancellationToken ct)
    {
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.ContactId == contactId, ct)
            ?? throw new NotFoundException("Contact", contactId);
        user.EnsureCanAccess(contact.PartnerId, "Contact", contactId);
        var partnerActive = await db.Partners.AnyAsync(p => p.PartnerId == contact.PartnerId && p.Active, ct);
        return new RepStanding(contact.ContactId, contact.PartnerId, contact.Active && RosterContact.RepRoles.Contains(contact.Role), partnerActive);
    }
}
