using Enablement.Application.Abstractions;
using Enablement.Domain.Certifications;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Training;

internal static class Certifying
{
    /// <summary>
    /// A verified pass issues the certification, or renews an active one from its current expiry.
    /// The caller holds the rep's lock, so a rep never ends up with two active certifications.
    /// </summary>
    public static async Task<RepCertificationResponse?> CertifyAsync(
        this IEnablementDbContext db, ExamAttempt attempt, Certification certification, DateTimeOffset now, CancellationToken ct)
    {
        if (!attempt.Certifies)
            return null;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var current = await db.RepCertifications
            .Where(r => r.ContactId == attempt.ContactId && r.CertificationId == certification.Id
                && r.Status == RepCertificationStatus.Active && r.ExpiresOn >= today)
            .OrderByDescending(r => r.ExpiresOn).FirstOrDefaultAsync(ct);
        var renewed = current is not null;
        if (current is null)
        {
            current = RepCertification.Issue(attempt.ContactId, attempt.PartnerId, certification, now);
            db.RepCertifications.Add(current);
        }
        else
        {
            current.Renew(certification, now);
        }

        return new RepCertificationResponse(
            current.Id, current.ContactId, current.PartnerId, current.CertificationId, current.IssuedOn, current.ExpiresOn,
            current.Status, renewed);
    }

    /// <summary>The rep's attempts at the certification in the 30-day window, whatever their status.</summary>
    public static Task<int> AttemptsInWindowAsync(
        this IEnablementDbContext db, Guid contactId, Guid certificationId, DateTimeOffset now, CancellationToken ct)
    {
        var since = now - Certification.AttemptWindow;
        return db.ExamAttempts.CountAsync(
            a => a.ContactId == contactId && a.CertificationId == certificationId && a.AttemptedAt > since, ct);
    }
}
