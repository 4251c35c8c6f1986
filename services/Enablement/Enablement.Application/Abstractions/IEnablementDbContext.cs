using Enablement.Domain.Assets;
using Enablement.Domain.Certifications;
using Enablement.Domain.Courses;
using Enablement.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Abstractions;

/// <summary>The enablement schema as the use cases see it (ADR 0002).</summary>
public interface IEnablementDbContext
{
    DbSet<Course> Courses { get; }

    DbSet<Certification> Certifications { get; }

    DbSet<CourseCompletion> CourseCompletions { get; }

    DbSet<ExamAttempt> ExamAttempts { get; }

    DbSet<RepCertification> RepCertifications { get; }

    DbSet<RosterPartner> Partners { get; }

    DbSet<RosterContact> Contacts { get; }

    DbSet<Asset> Assets { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Locks the rep's roster row for the rest of the transaction, so a rep's concurrent exam attempts
    /// are counted and certified one after another (attempt limit, one active certification).
    /// </summary>
    Task LockRepAsync(Guid contactId, CancellationToken cancellationToken);

    /// <summary>Active rep certifications past their expiry, locked for this transaction (FOR UPDATE SKIP LOCKED).</summary>
    Task<IReadOnlyList<Guid>> ClaimExpiredCertificationsAsync(DateOnly today, int batch, CancellationToken cancellationToken);
}
