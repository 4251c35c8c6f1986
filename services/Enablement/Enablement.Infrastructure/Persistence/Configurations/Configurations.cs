using Enablement.Domain.Assets;
using Enablement.Domain.Certifications;
using Enablement.Domain.Courses;
using Enablement.Domain.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Enablement.Infrastructure.Persistence.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Product).HasMaxLength(100);
        builder.Property(c => c.DurationHours).HasPrecision(6, 2);
        builder.HasIndex(c => new { c.Status, c.Id });
        builder.HasIndex(c => c.Product);
        builder.Ignore(c => c.DomainEvents);
    }
}

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.ToTable("certifications");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.RequiredCourseIds).HasColumnType("uuid[]");
        builder.HasIndex(c => new { c.Track, c.Id });
        builder.Ignore(c => c.DomainEvents);
    }
}

internal sealed class CourseCompletionConfiguration : IEntityTypeConfiguration<CourseCompletion>
{
    public void Configure(EntityTypeBuilder<CourseCompletion> builder)
    {
        builder.ToTable("course_completions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.ContactId, c.CourseId }).IsUnique();
        builder.Ignore(c => c.DomainEvents);
        builder.Ignore(c => c.Version);
    }
}

internal sealed class ExamAttemptConfiguration : IEntityTypeConfiguration<ExamAttempt>
{
    public void Configure(EntityTypeBuilder<ExamAttempt> builder)
    {
        builder.ToTable("exam_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        // The attempt limit counts a rep's attempts at a certification in the last 30 days.
        builder.HasIndex(a => new { a.ContactId, a.CertificationId, a.AttemptedAt });
        builder.Property(a => a.SubmittedBy).HasMaxLength(200);
        builder.Property(a => a.ReviewedBy).HasMaxLength(200);
        builder.Property(a => a.RejectionReason).HasMaxLength(1000);
        // The review queue: pending attempts, oldest first.
        builder.HasIndex(a => a.Id).HasDatabaseName("ix_exam_attempts_pending_review").HasFilter("status = 'PendingReview'");
        builder.HasIndex(a => new { a.PartnerId, a.Id });
    }
}

internal sealed class RepCertificationConfiguration : IEntityTypeConfiguration<RepCertification>
{
    public void Configure(EntityTypeBuilder<RepCertification> builder)
    {
        builder.ToTable("rep_certifications");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ContactId, r.CertificationId });
        builder.HasIndex(r => r.ExpiresOn).HasDatabaseName("ix_rep_certifications_active_expiry").HasFilter("status = 'Active'");
        builder.HasIndex(r => r.PartnerId);
        builder.Ignore(r => r.DomainEvents);
    }
}

internal sealed class RosterPartnerConfiguration : IEntityTypeConfiguration<RosterPartner>
{
    public void Configure(EntityTypeBuilder<RosterPartner> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(p => p.PartnerId);
        builder.Property(p => p.PartnerId).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200);
    }
}

internal sealed class RosterContactConfiguration : IEntityTypeConfiguration<RosterContact>
{
    public void Configure(EntityTypeBuilder<RosterContact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.ContactId);
        builder.Property(c => c.ContactId).ValueGeneratedNever();
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.Role).HasMaxLength(40);
        builder.HasIndex(c => new { c.PartnerId, c.Active, c.Role });
        builder.Ignore(c => c.IsRep);
    }
}

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> builder)
    {
        builder.ToTable("assets");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.Property(a => a.Url).HasMaxLength(2000);
        builder.Property(a => a.Product).HasMaxLength(100);
        builder.HasIndex(a => new { a.MinimumTierRank, a.Id });
        builder.Ignore(a => a.DomainEvents);
    }
}
