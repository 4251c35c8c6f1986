using ChannelPlatform.Infrastructure.Persistence;
using Enablement.Application.Abstractions;
using Enablement.Domain.Assets;
using Enablement.Domain.Certifications;
using Enablement.Domain.Courses;
using Enablement.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Infrastructure.Persistence;

public sealed class EnablementDbContext(DbContextOptions<EnablementDbContext> options) : ServiceDbContext(options), IEnablementDbContext
{
    public const string SchemaName = "enablement";

    public override string Schema => SchemaName;

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Certification> Certifications => Set<Certification>();

    public DbSet<CourseCompletion> CourseCompletions => Set<CourseCompletion>();

    public DbSet<ExamAttempt> ExamAttempts => Set<ExamAttempt>();

    public DbSet<RepCertification> RepCertifications => Set<RepCertification>();

    public DbSet<RosterPartner> Partners => Set<RosterPartner>();

    public DbSet<RosterContact> Contacts => Set<RosterContact>();

    public DbSet<Asset> Assets => Set<Asset>();

    public Task LockRepAsync(Guid contactId, CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("SELECT 1 FROM enablement.contacts WHERE contact_id = {0} FOR UPDATE", [contactId], cancellationToken);

    public async Task<IReadOnlyList<Guid>> ClaimExpiredCertificationsAsync(DateOnly today, int batch, CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<Guid>(
                "SELECT id AS \"Value\" FROM enablement.rep_certifications WHERE status = 'Active' AND expires_on < {0} ORDER BY expires_on LIMIT {1} FOR UPDATE SKIP LOCKED",
                today,
                batch)
            .ToListAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnablementDbContext).Assembly);
    }
}
