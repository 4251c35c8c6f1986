using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using Enablement.Application.Abstractions;
using Enablement.Domain.Certifications;
using Enablement.Domain.Roster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Reporting;

public sealed record RepCertificationView(Guid CertificationId, Guid RepCertificationId, DateOnly IssuedOn, DateOnly ExpiresOn, RepCertificationStatus Status);

public sealed record RepView(Guid ContactId, string Name, string Role, IReadOnlyList<RepCertificationView> Certifications);

public sealed record PartnerCertificationsResponse(Guid PartnerId, int ActiveReps, int CertifiedReps, decimal CertificationRate, IReadOnlyList<RepView> Reps);

public sealed record EnablementKpisResponse(int ActiveReps, int CertifiedReps, decimal CertificationRate, int PartnersAtTarget, int Partners, decimal TargetRate);

public sealed record GetPartnerCertificationsQuery(Guid PartnerId) : IQuery<PartnerCertificationsResponse>;

public sealed record GetEnablementKpisQuery : IQuery<EnablementKpisResponse>;

/// <summary>
/// Certification rate = certified active reps / active reps × 100 (one decimal); a rep counts as
/// certified while one of its certifications is active. Active reps are the active SalesRep and
/// SalesEngineer contacts of active partners. The target is 80 %.
/// </summary>
public sealed class CertificationReportHandler(IEnablementDbContext db, ICurrentUser user, TimeProvider clock) :
    IQueryHandler<GetPartnerCertificationsQuery, PartnerCertificationsResponse>,
    IQueryHandler<GetEnablementKpisQuery, EnablementKpisResponse>
{
    public const decimal TargetRate = 80m;

    public async ValueTask<PartnerCertificationsResponse> Handle(GetPartnerCertificationsQuery q, CancellationToken ct)
    {
        user.EnsureCanAccess(q.PartnerId, "Partner", q.PartnerId);
        if (!await db.Partners.AnyAsync(p => p.PartnerId == q.PartnerId, ct))
            throw new NotFoundException("Partner", q.PartnerId);
        var today = Today;
        var reps = await ActiveReps().Where(c => c.PartnerId == q.PartnerId).OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ToListAsync(ct);
        var repIds = reps.Select(r => r.ContactId).ToList();
        var certifications = await db.RepCertifications.AsNoTracking().Where(r => repIds.Contains(r.ContactId)).ToListAsync(ct);
        var views = reps.Select(r => new RepView(
            r.ContactId,
            $"{r.FirstName} {r.LastName}".Trim(),
            r.Role,
            certifications.Where(x => x.ContactId == r.ContactId).OrderBy(x => x.IssuedOn)
                .Select(x => new RepCertificationView(x.CertificationId, x.Id, x.IssuedOn, x.ExpiresOn, x.IsActiveOn(today) ? RepCertificationStatus.Active : RepCertificationStatus.Expired))
                .ToList())).ToList();
        var certified = views.Count(v => v.Certifications.Any(c => c.Status == RepCertificationStatus.Active));
        return new PartnerCertificationsResponse(q.PartnerId, views.Count, certified, Rate(certified, views.Count), views);
    }

    public async ValueTask<EnablementKpisResponse> Handle(GetEnablementKpisQuery q, CancellationToken ct)
    {
        var today = Today;
        var perPartner = await ActiveReps()
            .GroupBy(c => c.PartnerId)
            .Select(g => new
            {
                Reps = g.Count(),
                Certified = g.Count(c => db.RepCertifications.Any(r => r.ContactId == c.ContactId && r.Status == RepCertificationStatus.Active && r.ExpiresOn >= today)),
            })
            .ToListAsync(ct);
        var partners = await db.Partners.CountAsync(p => p.Active, ct);
        var reps = perPartner.Sum(p => p.Reps);
        var certified = perPartner.Sum(p => p.Certified);
        return new EnablementKpisResponse(reps, certified, Rate(certified, reps), perPartner.Count(p => Rate(p.Certified, p.Reps) >= TargetRate), partners, TargetRate);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private IQueryable<RosterContact> ActiveReps() =>
        db.Contacts.AsNoTracking().Where(c => c.Active && RosterContact.RepRoles.Contains(c.Role) && db.Partners.Any(p => p.PartnerId == c.PartnerId && p.Active));

    private static decimal Rate(int certified, int reps) => reps == 0 ? 0m : Math.Round(100m * certified / reps, 1, MidpointRounding.AwayFromZero);
}
