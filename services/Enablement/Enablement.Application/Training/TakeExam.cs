using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using Enablement.Application.Abstractions;
using Enablement.Domain.Certifications;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Training;

public sealed record RepCertificationResponse(Guid Id, Guid ContactId, Guid PartnerId, Guid CertificationId, DateOnly IssuedOn, DateOnly ExpiresOn, RepCertificationStatus Status, bool Renewed);

public sealed record ExamResultResponse(Guid AttemptId, Guid ContactId, Guid CertificationId, int Score, int PassingScore, bool Passed, int AttemptsInLast30Days, RepCertificationResponse? RepCertification);

public sealed record TakeExamCommand(Guid? ContactId, Guid? CertificationId, int? Score) : ICommand<ExamResultResponse>, ITransactional;

public sealed class TakeExamValidator : AbstractValidator<TakeExamCommand>
{
    public TakeExamValidator()
    {
        RuleFor(c => c.ContactId).NotNull();
        RuleFor(c => c.CertificationId).NotNull();
        RuleFor(c => c.Score).NotNull().InclusiveBetween(0, 100);
    }
}

/// <summary>
/// Records an attempt (422 when the rep may not sit it); a pass issues the certification, or
/// renews an active one from its current expiry.
/// </summary>
public sealed class TakeExamHandler(IEnablementDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<TakeExamCommand, ExamResultResponse>
{
    public async ValueTask<ExamResultResponse> Handle(TakeExamCommand c, CancellationToken ct)
    {
        var rep = await db.StandingAsync(user, c.ContactId!.Value, ct);
        await db.LockRepAsync(rep.ContactId, ct);
        var certification = await db.Certifications.AsNoTracking().SingleOrDefaultAsync(x => x.Id == c.CertificationId, ct)
            ?? throw new NotFoundException("Certification", c.CertificationId!.Value);
        var now = clock.GetUtcNow();
        var since = now - Certification.AttemptWindow;
        var attempts = await db.ExamAttempts.CountAsync(a => a.ContactId == rep.ContactId && a.CertificationId == certification.Id && a.AttemptedAt > since, ct);
        var completed = await db.CourseCompletions.Where(x => x.ContactId == rep.ContactId && certification.RequiredCourseIds.Contains(x.CourseId)).Select(x => x.CourseId).ToListAsync(ct);
        var attempt = ExamAttempt.Take(new ExamEligibility(rep.ContactId, rep.PartnerId, rep.IsActiveRep, rep.PartnerIsActive, completed, attempts), certification, c.Score!.Value, now);
        db.ExamAttempts.Add(attempt);
        RepCertificationResponse? issued = null;
        if (attempt.Passed)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var current = await db.RepCertifications
                .Where(r => r.ContactId == rep.ContactId && r.CertificationId == certification.Id && r.Status == RepCertificationStatus.Active && r.ExpiresOn >= today)
                .OrderByDescending(r => r.ExpiresOn).FirstOrDefaultAsync(ct);
            var renewed = current is not null;
            if (current is null)
            {
                current = RepCertification.Issue(rep.ContactId, rep.PartnerId, certification, now);
                db.RepCertifications.Add(current);
            }
            else
            {
                current.Renew(certification, now);
            }

            issued = new RepCertificationResponse(current.Id, current.ContactId, current.PartnerId, current.CertificationId, current.IssuedOn, current.ExpiresOn, current.Status, renewed);
        }

        return new ExamResultResponse(attempt.Id, rep.ContactId, certification.Id, attempt.Score, certification.PassingScore, attempt.Passed, attempts + 1, issued);
    }
}
